package dev.satpage.e2e.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.devstack.DevstackMain;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

class ComponentSpecTest {
  @Test
  void devstack_passesPortsPoolAndProviderLatency_asDevstackMainReadsThem() {
    ComponentSpec spec =
        ComponentSpec.devstack(1, 2, 3, Path.of("/tmp/s3"), 8, Duration.ofMillis(300));

    // DevstackMain's own parser reads the arguments, so a renamed option fails here
    ParseResult parsed =
        new CommandLine(new DevstackMain()).parseArgs(spec.args().toArray(String[]::new));

    assertThat(spec.mainClass()).isEqualTo(ComponentSpec.DEVSTACK_MAIN);
    assertThat(spec.mainClass()).isEqualTo(DevstackMain.class.getName());
    assertThat(parsed.<Integer>matchedOptionValue("--sqs-port", -1)).isEqualTo(1);
    assertThat(parsed.<Integer>matchedOptionValue("--imagery-pool", -1)).isEqualTo(8);
    assertThat(parsed.<Integer>matchedOptionValue("--provider-latency-ms", -1)).isEqualTo(300);
    assertThat(parsed.<Path>matchedOptionValue("--data-dir", null))
        .isEqualTo(Path.of("/tmp/s3").toAbsolutePath());
  }

  @Test
  void devstack_withoutLatency_passesZero() {
    ComponentSpec spec = ComponentSpec.devstack(1, 2, 3, null, 0, Duration.ZERO);

    assertThat(spec.args()).containsSequence("--provider-latency-ms", "0");
    assertThat(spec.args()).doesNotContain("--data-dir");
  }
}
