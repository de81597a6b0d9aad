package dev.satpage.imagery.api;

/**
 * The 200 body of {@code POST /satellite-pages}: the objects' S3 URIs, presigned GET links to them
 * (valid {@link SatellitePageApi#LINK_VALIDITY}), the page's size, the provider with the
 * attribution its terms require next to the imagery, and whether the page was served from the
 * store.
 */
public record PageResponse(
    String printUri,
    String previewUri,
    String printUrl,
    String previewUrl,
    int width,
    int height,
    String provider,
    String attribution,
    boolean cached) {}
