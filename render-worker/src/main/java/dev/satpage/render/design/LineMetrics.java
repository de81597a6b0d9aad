package dev.satpage.render.design;

/**
 * A laid-out line's extent at a size of 1 (one em; every value scales linearly with the size): its
 * advance width, its ascent above and descent below the baseline (both positive).
 */
public record LineMetrics(double advance, double ascent, double descent) {}
