package dev.satpage.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DevstackMainTest {
  @Test
  void parsesPortsDataDirAndImageryPoolInOnePass() {
    DevstackMain.Options o = DevstackMain.parse(new String[] {
      "--sqs-port", "1", "--imagery-pool", "8", "--s3-port", "2", "--data-dir", "/tmp/x"});

    assertThat(o.imageryPool()).isEqualTo(8);
    assertThat(o.config().sqsPort()).isEqualTo(1);
    assertThat(o.config().s3Port()).isEqualTo(2);
    assertThat(o.config().imageryPort()).isEqualTo(DevstackConfig.STANDALONE_IMAGERY_PORT);
    assertThat(o.config().dataDir()).isEqualTo(Path.of("/tmp/x"));
    assertThat(DevstackMain.parse(new String[0]).imageryPool()).isZero();
    assertThatThrownBy(() -> DevstackMain.parse(new String[] {"--imagery-pool", "-1"}))
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> DevstackMain.parse(new String[] {"--imagery-pool"})).hasMessageContaining("missing value");
  }
}
