package dev.satpage.infra.hcl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Terraform module as hcl2json sees it, every {@code .tf} of one folder merged: blocks by kind,
 * the module's variables with their defaults, and its locals, with the few look-ups the policies
 * need to follow references.
 */
public final class TfModule {
  private static final Pattern WHOLE_REF = Pattern.compile("^\\$\\{([^{}]+)}$");
  private final Map<String, Map<String, JsonNode>> resources = new LinkedHashMap<>();
  private final Map<String, Map<String, JsonNode>> data = new LinkedHashMap<>();
  private final Map<String, JsonNode> variables = new LinkedHashMap<>();
  private final Map<String, JsonNode> outputs = new LinkedHashMap<>();
  private final ObjectNode locals = JsonNodeFactory.instance.objectNode();
  private final Map<Path, JsonNode> files;

  private TfModule(Map<Path, JsonNode> files) {
    this.files = files;
    files.values().forEach(this::add);
  }

  /** Parses every {@code *.tf} directly in {@code dir} (not below it). */
  public static TfModule load(Hcl2Json parser, Path dir) {
    return new TfModule(parser.parse(tfFiles(dir)));
  }

  public static TfModule of(Map<Path, JsonNode> files) {
    return new TfModule(files);
  }

  public static List<Path> tfFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tf")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void add(JsonNode file) {
    collect(file.path("resource"), resources);
    collect(file.path("data"), data);
    file.path("variable").properties().forEach(e -> variables.put(e.getKey(), e.getValue().get(0)));
    file.path("output").properties().forEach(e -> outputs.put(e.getKey(), e.getValue().get(0)));
    file.path("locals")
        .forEach(block -> block.properties().forEach(e -> locals.set(e.getKey(), e.getValue())));
  }

  private static void collect(JsonNode kind, Map<String, Map<String, JsonNode>> into) {
    kind.properties()
        .forEach(
            t ->
                t.getValue()
                    .properties()
                    .forEach(
                        n ->
                            into.computeIfAbsent(t.getKey(), k -> new LinkedHashMap<>())
                                .put(n.getKey(), n.getValue().get(0))));
  }

  public Map<Path, JsonNode> files() {
    return files;
  }

  /** Resources of one type, by name (empty when none). */
  public Map<String, JsonNode> resources(String type) {
    return resources.getOrDefault(type, Map.of());
  }

  public Map<String, Map<String, JsonNode>> allResources() {
    return resources;
  }

  public Map<String, JsonNode> data(String type) {
    return data.getOrDefault(type, Map.of());
  }

  public Map<String, JsonNode> variables() {
    return variables;
  }

  public Map<String, JsonNode> outputs() {
    return outputs;
  }

  public JsonNode local(String name) {
    return locals.path(name);
  }

  public ObjectNode locals() {
    return locals;
  }

  /**
   * The inside of a whole-value interpolation ({@code "${var.x}"} gives {@code var.x}), if the
   * value is one.
   */
  public static Optional<String> reference(JsonNode value) {
    if (value == null || !value.isTextual()) {
      return Optional.empty();
    }
    Matcher m = WHOLE_REF.matcher(value.asText());
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /**
   * A number: a literal, a variable's default ({@code ${var.x}}), a local ({@code ${local.a.b}}),
   * or, inside a {@code for_each} over a local map, {@code ${each.value.k}} for the instance {@code
   * eachKey}. Empty when none applies.
   */
  public Optional<Double> number(JsonNode value, JsonNode forEach, String eachKey) {
    if (value != null && value.isNumber()) {
      return Optional.of(value.asDouble());
    }
    Optional<String> ref = reference(value);
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    String r = ref.get();
    if (r.matches("var\\.[A-Za-z0-9_]+")) {
      JsonNode v = variables.get(r.substring(4));
      return v == null ? Optional.empty() : number(v.get("default"), null, null);
    }
    if (r.matches("local(\\.[A-Za-z0-9_]+)+")) {
      return number(path(locals, r.substring(6).split("\\.")), null, null);
    }
    if (r.matches("each\\.value(\\.[A-Za-z0-9_]+)+") && eachKey != null) {
      Optional<String> over = reference(forEach);
      if (over.isPresent() && over.get().matches("local\\.[A-Za-z0-9_]+")) {
        JsonNode instance = locals.path(over.get().substring(6)).path(eachKey);
        return number(path(instance, r.substring("each.value.".length()).split("\\.")), null, null);
      }
    }
    return Optional.empty();
  }

  private static JsonNode path(JsonNode node, String[] keys) {
    JsonNode n = node;
    for (String k : keys) {
      n = n.path(k);
    }
    return n.isMissingNode() ? null : n;
  }
}
