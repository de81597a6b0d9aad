package dev.satpage.imagery.plan;

/**
 * One provider image of a page and where its top-left pixel lands in the page; an image may reach
 * beyond the page (tiles at the edges), in which case only the overlap is used.
 */
public sealed interface PlannedImage permits ImageRequest, TileRequest {
  int width();

  int height();

  int offsetX();

  int offsetY();
}
