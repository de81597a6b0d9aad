package dev.satpage.imagery;

import java.util.Map;

/**
 * What {@link ImageryService#make} made (or found already made): the objects' keys and URIs, the
 * page's size, the provider and its attribution, whether it was served from the store, and what
 * making it took.
 *
 * @param providerRequests provider images fetched for the page (0 when served from the store)
 * @param stageMillis {@link ImageryService#stageMillis}; empty when served from the store
 */
public record MadePage(
    OutputKeys keys,
    String printUri,
    String previewUri,
    int width,
    int height,
    String provider,
    String attribution,
    boolean cached,
    int providerRequests,
    Map<String, Long> stageMillis) {
  public MadePage {
    stageMillis = Map.copyOf(stageMillis);
  }
}
