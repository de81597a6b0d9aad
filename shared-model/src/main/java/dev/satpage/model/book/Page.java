package dev.satpage.model.book;

import dev.satpage.model.json.Require;
import java.util.List;

/** A page of the book: an id that orders the output files, and its layers. */
public record Page(String pageId, List<Layer> layers) {
  public Page {
    Require.id(pageId, "pageId");
    layers = Require.nonEmpty(layers, "layers", 32);
  }
}
