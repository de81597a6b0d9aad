package dev.satpage.render.template;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.json.Json;
import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.StoredObject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Loads product templates and their assets from the object store. A product without {@code
 * template.json} gets the built-in default; a template that exists but is malformed or names a
 * missing asset is a permanent failure, because rendering with the default would silently print the
 * wrong book.
 */
public final class TemplateStore {
  private final ObjectStore store;

  public TemplateStore(ObjectStore store) {
    this.store = store;
  }

  /** {@code templates/{productId}/}: the folder a template and its assets live in. */
  public static String folder(String productId) {
    return "templates/" + productId + "/";
  }

  /** {@code templates/{productId}/template.json}. */
  public static String templateKey(String productId) {
    return folder(productId) + "template.json";
  }

  /** The product's template, or {@link Template#defaultFor} when it has none. */
  public Template load(String productId) {
    Optional<StoredObject> json = store.get(templateKey(productId));
    if (json.isEmpty()) {
      return Template.defaultFor(productId);
    }
    BookTemplate spec;
    try {
      spec = Json.read(json.get().content(), BookTemplate.class);
    } catch (MessageFormatException e) {
      throw new PermanentFailure(
          FailureReason.INVALID_TEMPLATE,
          store.uriOf(templateKey(productId)) + ": " + e.getMessage(),
          e);
    }
    if (!spec.productId().equals(productId)) {
      throw new PermanentFailure(
          FailureReason.INVALID_TEMPLATE,
          store.uriOf(templateKey(productId)) + " is the template of product " + spec.productId());
    }
    Map<String, byte[]> art = new HashMap<>();
    for (BookTemplate.Art a : spec.art()) {
      art.computeIfAbsent(a.asset(), asset -> asset(productId, asset));
    }
    byte[] font = spec.font() == null ? null : asset(productId, spec.font());
    return new Template(spec, art, font);
  }

  private byte[] asset(String productId, String path) {
    String key = folder(productId) + path;
    return store
        .get(key)
        .orElseThrow(
            () ->
                new PermanentFailure(
                    FailureReason.MISSING_OBJECT,
                    "template asset " + store.uriOf(key) + " does not exist"))
        .content();
  }
}
