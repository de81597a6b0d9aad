package dev.satpage.infra.consistency;

import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What an application module reads, found in its main sources: the queues it consumes
 * ({@code @SqsListener}) and otherwise names (sends to), the {@code satpage.*} settings it can bind
 * ({@code @ConfigurationProperties} records, {@code ${satpage...}} placeholders, keys of its yml),
 * and — for a Lambda function, whose settings class reads environment variables by name — the
 * {@code SATPAGE_*} names that class reads.
 */
public record AppSources(
    Set<String> consumedQueues,
    Set<String> namedQueues,
    Set<String> settings,
    Set<String> environmentNames) {
  private static final Pattern ENV_READ =
      Pattern.compile("\\.apply\\(\\s*\"(SATPAGE_[A-Z0-9_]+)\"\\s*\\)");
  private static final Pattern LISTENER =
      Pattern.compile("@SqsListener\\s*\\(\\s*(?:value\\s*=\\s*)?Queues\\.([A-Z_]+)");
  private static final Pattern QUEUE_CONSTANT = Pattern.compile("\\bQueues\\.([A-Z][A-Z_]+)\\b");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(satpage\\.[a-z0-9.-]+)");
  private static final Pattern PROPERTIES_RECORD =
      Pattern.compile(
          "@ConfigurationProperties\\(\\s*\"([a-z0-9.-]+)\"\\s*\\)\\s*public\\s+record\\s+\\w+\\s*\\(([^)]*)\\)");
  private static final Pattern YAML_KEY = Pattern.compile("^( *)([A-Za-z0-9-]+):");

  /**
   * The module's queues, and the settings of the module and of shared-aws, which every app runs
   * with.
   */
  public static AppSources forApp(Path repoRoot, String module) {
    AppSources app = scan(repoRoot, module);
    Set<String> settings = new TreeSet<>(app.settings());
    settings.addAll(scan(repoRoot, "shared-aws").settings());
    return new AppSources(
        app.consumedQueues(), app.namedQueues(), settings, app.environmentNames());
  }

  /**
   * As {@link #forApp}, with the environment variable names {@code settingsClass} reads (each
   * {@code get.apply("…")}).
   */
  public static AppSources forLambda(Path repoRoot, String module, String settingsClass) {
    AppSources app = forApp(repoRoot, module);
    Set<String> names = new TreeSet<>();
    ENV_READ
        .matcher(read(repoRoot.resolve(settingsClass)))
        .results()
        .forEach(r -> names.add(r.group(1)));
    if (names.isEmpty()) {
      throw new IllegalStateException(
          settingsClass + " reads no SATPAGE_* variable with get.apply(\"…\")");
    }
    return new AppSources(app.consumedQueues(), app.namedQueues(), app.settings(), names);
  }

  /** Reads {@code <repo>/<module>/src/main}. */
  public static AppSources scan(Path repoRoot, String module) {
    Path main = repoRoot.resolve(module).resolve("src/main");
    if (!Files.isDirectory(main)) {
      throw new IllegalStateException("no sources at " + main);
    }
    Set<String> consumed = new TreeSet<>();
    Set<String> named = new TreeSet<>();
    Set<String> settings = new TreeSet<>();
    for (Path file : files(main)) {
      String text = read(file);
      String name = file.getFileName().toString();
      if (name.endsWith(".java")) {
        LISTENER.matcher(text).results().forEach(r -> consumed.add(queueName(r.group(1))));
        QUEUE_CONSTANT
            .matcher(text)
            .results()
            .map(r -> r.group(1))
            .filter(c -> !c.equals("ALL"))
            .forEach(c -> named.add(queueName(c)));
        Matcher record = PROPERTIES_RECORD.matcher(text);
        while (record.find()) {
          for (String component : record.group(2).split(",")) {
            String[] tokens = component.strip().split("\\s+");
            settings.add(record.group(1) + "." + kebab(tokens[tokens.length - 1]));
          }
        }
      }
      if (name.endsWith(".yml") || name.endsWith(".yaml")) {
        settings.addAll(yamlKeys(text));
      }
      PLACEHOLDER.matcher(text).results().forEach(r -> settings.add(r.group(1)));
    }
    settings.removeIf(s -> !s.startsWith("satpage."));
    return new AppSources(consumed, named, settings, Set.of());
  }

  /** Queue name of a {@code Queues} constant: {@code X_NAME} strings and {@code X} specs alike. */
  static String queueName(String constant) {
    try {
      Field f = Queues.class.getField(constant);
      Object v = f.get(null);
      return v instanceof QueueSpec spec ? spec.name() : (String) v;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Queues." + constant + " is not a queue constant", e);
    }
  }

  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Dotted keys of a yml file, from indentation (enough for Spring config files; no flow style).
   */
  static Set<String> yamlKeys(String yaml) {
    Set<String> keys = new TreeSet<>();
    Deque<int[]> indents = new ArrayDeque<>();
    Deque<String> path = new ArrayDeque<>();
    for (String line : yaml.split("\n")) {
      Matcher m = YAML_KEY.matcher(line);
      if (line.isBlank() || line.strip().startsWith("#") || !m.find()) {
        continue;
      }
      int indent = m.group(1).length();
      while (!indents.isEmpty() && indents.peek()[0] >= indent) {
        indents.pop();
        path.pop();
      }
      indents.push(new int[] {indent});
      path.push(m.group(2));
      List<String> parts = path.reversed().stream().toList();
      keys.add(String.join(".", parts));
    }
    return keys;
  }

  private static List<Path> files(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(
              p ->
                  p.toString()
                      .matches(".*\\.(java|ya?ml|properties)$")) // fonts and images are no settings
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
