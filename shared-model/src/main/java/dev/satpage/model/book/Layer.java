package dev.satpage.model.book;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.satpage.model.json.Require;

/** One drawing instruction on a page, in page order (first is at the back). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Layer.Image.class, name = "image"),
  @JsonSubTypes.Type(value = Layer.Text.class, name = "text"),
  @JsonSubTypes.Type(value = Layer.Attribution.class, name = "attribution")
})
public sealed interface Layer {
  /** How an image fills its box. */
  enum Fit {
    FIT,
    FILL,
    CROP
  }

  /** An image taken from a dependency of the book (the placeholder until it is resolved). */
  record Image(String dependencyId, Fit fit) implements Layer {
    public Image {
      Require.id(dependencyId, "dependencyId");
      Require.present(fit, "fit");
    }
  }

  /**
   * A line of text, e.g. the child's name. Colour is #RRGGBB; size is a fraction of the page
   * height.
   */
  record Text(String text, double relativeSize, String colour, double relativeY) implements Layer {
    public Text {
      Require.text(text, "text", 200);
      Require.range(relativeSize, 0.01, 0.5, "relativeSize");
      Require.present(colour, "colour");
      if (!colour.matches("#[0-9A-Fa-f]{6}")) {
        throw new dev.satpage.model.json.MessageFormatException(
            "colour", "'" + colour + "' is not #RRGGBB");
      }
      Require.range(relativeY, 0.0, 1.0, "relativeY");
    }
  }

  /** The imagery provider's attribution line for a dependency, drawn along the bottom edge. */
  record Attribution(String dependencyId) implements Layer {
    public Attribution {
      Require.id(dependencyId, "dependencyId");
    }
  }
}
