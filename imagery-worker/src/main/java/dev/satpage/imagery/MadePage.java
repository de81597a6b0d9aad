package dev.satpage.imagery;

/**
 * What {@link ImageryService#make} made (or found already made): the objects' keys and URIs, the
 * page's size, the provider and its attribution, and whether it was served from the store.
 */
public record MadePage(
    OutputKeys keys,
    String printUri,
    String previewUri,
    int width,
    int height,
    String provider,
    String attribution,
    boolean cached) {}
