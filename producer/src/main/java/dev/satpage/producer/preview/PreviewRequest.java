package dev.satpage.producer.preview;

/**
 * The web shop's request for a preview: {@code POST /previews} with the child's name, the home's
 * coordinates (the shop geocodes the address) and the product. Nulls are reported as missing fields
 * by {@link PreviewService}.
 */
public record PreviewRequest(String name, Double latitude, Double longitude, String product) {}
