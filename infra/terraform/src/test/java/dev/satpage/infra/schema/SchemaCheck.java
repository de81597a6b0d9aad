package dev.satpage.infra.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.satpage.infra.schema.ProviderSchema.Block;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every argument and block of every resource, data source and {@code provider "aws"} block is one
 * the AWS provider's schema has, at every nesting level and inside {@code dynamic} blocks.
 * Terraform's own meta-arguments are the only names not in the provider's schema, taken from the
 * Terraform language documentation (read 2026-12-02):
 * https://developer.hashicorp.com/terraform/language/meta-arguments (depends_on, count, for_each,
 * provider, lifecycle),
 * https://developer.hashicorp.com/terraform/language/resources/provisioners/syntax (provisioner,
 * connection), https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle (the
 * lifecycle block) and
 * https://developer.hashicorp.com/terraform/language/expressions/dynamic-blocks (for_each,
 * iterator, labels, content).
 */
public final class SchemaCheck {
  static final Set<String> RESOURCE_META =
      Set.of(
          "depends_on", "count", "for_each", "provider", "lifecycle", "provisioner", "connection");
  static final Set<String> DATA_META =
      Set.of("depends_on", "count", "for_each", "provider", "lifecycle");
  static final Set<String> LIFECYCLE =
      Set.of(
          "create_before_destroy",
          "prevent_destroy",
          "ignore_changes",
          "replace_triggered_by",
          "precondition",
          "postcondition");
  static final Set<String> DYNAMIC = Set.of("for_each", "iterator", "labels", "content");

  private SchemaCheck() {}

  /**
   * The schema keys the files use: {@code resource:aws_x}, {@code data:aws_y}, {@code
   * provider:aws}.
   */
  public static Set<String> keys(Map<Path, JsonNode> files) {
    Set<String> keys = new TreeSet<>();
    for (JsonNode f : files.values()) {
      f.path("resource").fieldNames().forEachRemaining(t -> keys.add("resource:" + t));
      f.path("data").fieldNames().forEachRemaining(t -> keys.add("data:" + t));
      f.path("provider").fieldNames().forEachRemaining(t -> keys.add("provider:" + t));
    }
    return keys;
  }

  public static List<String> violations(Map<Path, JsonNode> files, ProviderSchema schema) {
    List<String> out = new ArrayList<>();
    files.forEach(
        (path, f) -> {
          String file = path.getFileName().toString();
          f.path("resource")
              .properties()
              .forEach(
                  t ->
                      t.getValue()
                          .properties()
                          .forEach(
                              n ->
                                  n.getValue()
                                      .forEach(
                                          body ->
                                              check(
                                                  schema,
                                                  "resource:" + t.getKey(),
                                                  file + ": " + t.getKey() + "." + n.getKey(),
                                                  body,
                                                  RESOURCE_META,
                                                  out))));
          f.path("data")
              .properties()
              .forEach(
                  t ->
                      t.getValue()
                          .properties()
                          .forEach(
                              n ->
                                  n.getValue()
                                      .forEach(
                                          body ->
                                              check(
                                                  schema,
                                                  "data:" + t.getKey(),
                                                  file + ": data." + t.getKey() + "." + n.getKey(),
                                                  body,
                                                  DATA_META,
                                                  out))));
          f.path("provider")
              .properties()
              .forEach(
                  p ->
                      p.getValue()
                          .forEach(
                              body ->
                                  check(
                                      schema,
                                      "provider:" + p.getKey(),
                                      file + ": provider " + p.getKey(),
                                      body,
                                      Set.of(),
                                      out)));
        });
    return out;
  }

  private static void check(
      ProviderSchema schema,
      String key,
      String where,
      JsonNode body,
      Set<String> meta,
      List<String> out) {
    Optional<Block> block = schema.schemas().getOrDefault(key, Optional.empty());
    if (block.isEmpty()) {
      out.add(
          where
              + ": the AWS provider "
              + schema.providerVersion()
              + " has no "
              + key.replace(':', ' '));
      return;
    }
    body(block.get(), where, body, meta, out);
  }

  private static void body(
      Block block, String where, JsonNode body, Set<String> meta, List<String> out) {
    body.properties()
        .forEach(
            e -> {
              String name = e.getKey();
              JsonNode value = e.getValue();
              if (meta.contains(name)) {
                if (name.equals("lifecycle")) {
                  value.forEach(
                      l ->
                          l.fieldNames()
                              .forEachRemaining(
                                  k -> {
                                    if (!LIFECYCLE.contains(k)) {
                                      out.add(where + ": unknown lifecycle argument " + k);
                                    }
                                  }));
                }
              } else if (name.equals("dynamic")) {
                value
                    .properties()
                    .forEach(
                        d -> {
                          Block nested = block.blocks().get(d.getKey());
                          if (nested == null) {
                            out.add(where + ": unknown block " + d.getKey() + " (dynamic)");
                            return;
                          }
                          d.getValue()
                              .forEach(
                                  spec ->
                                      spec.properties()
                                          .forEach(
                                              s -> {
                                                if (!DYNAMIC.contains(s.getKey())) {
                                                  out.add(
                                                      where
                                                          + ": dynamic "
                                                          + d.getKey()
                                                          + " has no argument "
                                                          + s.getKey());
                                                } else if (s.getKey().equals("content")) {
                                                  s.getValue()
                                                      .forEach(
                                                          c ->
                                                              body(
                                                                  nested,
                                                                  where + "." + d.getKey(),
                                                                  c,
                                                                  Set.of(),
                                                                  out));
                                                }
                                              }));
                        });
              } else if (block.blocks().containsKey(name)) {
                Block nested = block.blocks().get(name);
                if (value.isArray()) {
                  value.forEach(
                      v -> {
                        if (v.isObject()) {
                          body(nested, where + "." + name, v, Set.of(), out);
                        }
                      });
                } else if (value.isObject()) {
                  body(nested, where + "." + name, value, Set.of(), out);
                }
              } else if (!block.attributes().contains(name)) {
                out.add(where + ": unknown argument or block " + name);
              }
            });
  }
}
