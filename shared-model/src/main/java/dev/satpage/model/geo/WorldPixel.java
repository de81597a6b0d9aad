package dev.satpage.model.geo;

/**
 * A point in Web Mercator world pixel space at one zoom level: x grows east, y grows south, origin
 * at (85.05°N, 180°W).
 */
public record WorldPixel(double x, double y, int zoom) {}
