package dev.satpage.e2e.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmLauncherTest {
  @Test
  void componentOptionsComeBeforeTheClasspathAndExtraOptionsSplitOnWhitespace() {
    ComponentSpec spec =
        new ComponentSpec("x", "a.Main", List.of("--flag"), List.of("-Xmx1g"), "ready");
    List<String> command = new JvmLauncher(Path.of("/jdk/bin/java"), "cp").command(spec);

    assertThat(command).startsWith("/jdk/bin/java").endsWith("-cp", "cp", "a.Main", "--flag");
    assertThat(command.indexOf("-Xmx1g")).isLessThan(command.indexOf("-cp"));
    assertThat(JvmLauncher.extraOptions("  -Xlog:gc   -XX:StartFlightRecording=filename=a.jfr "))
        .containsExactly("-Xlog:gc", "-XX:StartFlightRecording=filename=a.jfr");
    assertThat(JvmLauncher.extraOptions(null)).isEmpty();
    assertThat(JvmLauncher.extraOptions(" ")).isEmpty();
  }
}
