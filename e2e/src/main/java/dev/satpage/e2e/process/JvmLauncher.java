package dev.satpage.e2e.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@code java} command for a component: this JVM's own {@code java} binary and e2e's
 * runtime classpath ({@code e2e/target/classes:e2e/target/lib/*}, which holds every module).
 */
public record JvmLauncher(Path javaBinary, String classpath) {
  /**
   * JVM options added to every component, after its own (e.g. a flight recording when profiling a
   * load run: {@code
   * SATPAGE_COMPONENT_JVM_OPTS='-XX:StartFlightRecording=filename=out/jfr/%p.jfr,settings=profile'}).
   */
  public static final String EXTRA_OPTIONS_VARIABLE = "SATPAGE_COMPONENT_JVM_OPTS";

  /**
   * The running JVM's java and the e2e classpath found from the working directory (repo root or
   * {@code e2e/}).
   */
  public static JvmLauncher fromEnvironment() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    for (Path module : List.of(Path.of("e2e"), Path.of("."))) {
      Path lib = module.resolve("target/lib");
      Path classes = module.resolve("target/classes");
      if (Files.isDirectory(lib) && Files.isDirectory(classes.resolve("dev/satpage/e2e"))) {
        return new JvmLauncher(
            java, classes.toAbsolutePath() + File.pathSeparator + lib.toAbsolutePath() + "/*");
      }
    }
    throw new IllegalStateException(
        "no e2e/target/lib: build first (./satpage mvn -pl e2e -am install -DskipTests)");
  }

  public List<String> command(ComponentSpec spec) {
    List<String> command = new ArrayList<>();
    command.add(javaBinary.toString());
    command.add("-Djava.awt.headless=true");
    command.add("--enable-native-access=ALL-UNNAMED"); // the imagery worker's TurboJPEG codec (FFM)
    command.addAll(spec.jvmOptions());
    command.addAll(extraOptions(System.getenv(EXTRA_OPTIONS_VARIABLE)));
    command.add("-cp");
    command.add(classpath);
    command.add(spec.mainClass());
    command.addAll(spec.args());
    return command;
  }

  static List<String> extraOptions(String value) {
    return value == null || value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
  }
}
