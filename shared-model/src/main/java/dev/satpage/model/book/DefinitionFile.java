package dev.satpage.model.book;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.json.Require;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything needed to render one book: its pages as layers and the dependencies those layers wait
 * for. The producer writes it with every dependency PENDING; the coordinator writes the patched
 * copy once every dependency is RESOLVED. Patching is pure and deterministic: the same completions
 * always give the same bytes.
 */
public record DefinitionFile(
    int schemaVersion,
    String bookId,
    String orderId,
    int version,
    Purpose purpose,
    String productId,
    Personalisation personalisation,
    List<Page> pages,
    SortedMap<String, Dependency> dependencies) {
  public static final int SCHEMA_VERSION = 1;
  public static final int MAX_PAGES = 64;

  public DefinitionFile {
    Require.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Require.id(bookId, "bookId");
    Require.id(orderId, "orderId");
    Require.range(version, 1, Integer.MAX_VALUE, "version");
    Require.present(purpose, "purpose");
    Require.id(productId, "productId");
    Require.present(personalisation, "personalisation");
    pages = Require.nonEmpty(pages, "pages", MAX_PAGES);
    dependencies = new TreeMap<>(Require.present(dependencies, "dependencies"));
    for (Map.Entry<String, Dependency> e : dependencies.entrySet()) {
      if (!e.getKey().equals(e.getValue().id())) {
        throw new MessageFormatException(
            "dependencies." + e.getKey() + ".id", "does not match its key");
      }
    }
    for (int i = 0; i < pages.size(); i++) {
      for (Layer layer : pages.get(i).layers()) {
        String dep =
            switch (layer) {
              case Layer.Image img -> img.dependencyId();
              case Layer.Attribution a -> a.dependencyId();
              case Layer.Text t -> null;
            };
        if (dep != null && !dependencies.containsKey(dep)) {
          throw new MessageFormatException(
              "pages[" + i + "].layers", "refers to unknown dependency '" + dep + "'");
        }
      }
    }
  }

  /** True once every dependency is RESOLVED: the only state in which the book may be rendered. */
  @JsonIgnore
  public boolean isComplete() {
    return dependencies.values().stream().allMatch(Dependency::isResolved);
  }

  /** Ids of the dependencies that are not RESOLVED, in key order. */
  @JsonIgnore
  public List<String> unresolved() {
    return dependencies.values().stream().filter(d -> !d.isResolved()).map(Dependency::id).toList();
  }

  public Dependency dependency(String id) {
    Dependency d = dependencies.get(id);
    if (d == null) {
      throw new IllegalArgumentException("book " + bookId + " has no dependency '" + id + "'");
    }
    return d;
  }

  /** A copy with one dependency replaced; the caller decides what the new state is. */
  public DefinitionFile with(Dependency dependency) {
    dependency(dependency.id());
    TreeMap<String, Dependency> next = new TreeMap<>(dependencies);
    next.put(dependency.id(), dependency);
    return new DefinitionFile(
        schemaVersion, bookId, orderId, version, purpose, productId, personalisation, pages, next);
  }
}
