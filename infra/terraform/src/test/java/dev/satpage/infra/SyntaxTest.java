package dev.satpage.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.infra.hcl.HclSyntaxException;
import dev.satpage.infra.hcl.TfModule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every .tf and the example .tfvars parse with HashiCorp's HCL parser, and a broken file is
 * reported with its line.
 */
class SyntaxTest {

  @Test
  void everyTerraformFileAndTheExampleTfvars_parse() {
    List<Path> files = new ArrayList<>(TfModule.tfFiles(TfFixtures.moduleDir()));
    files.add(TfFixtures.moduleDir().resolve("example.tfvars"));
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);

    assertThat(TfFixtures.parser().parse(files)).hasSameSizeAs(files);
  }

  @Test
  void aMissingExpression_isReportedWithFileAndLine() {
    String broken =
        """
        resource "aws_sqs_queue" "jobs" {
          name = "jobs"
          visibility_timeout_seconds =
        }
        """;

    assertThatThrownBy(() -> TfFixtures.parser().parseText("broken.tf", broken))
        .isInstanceOf(HclSyntaxException.class)
        .hasMessageContaining("broken.tf:3,")
        .hasMessageContaining("Invalid expression");
  }

  @Test
  void anUnclosedBlock_isReported() {
    assertThatThrownBy(() -> TfFixtures.parser().parseText("unclosed.tf", "locals {\n  a = 1\n"))
        .isInstanceOf(HclSyntaxException.class)
        .hasMessageContaining("unclosed.tf:");
  }

  @Test
  void theSameParser_acceptsAValidSnippet() {
    assertThat(
            TfFixtures.parser()
                .parseText("ok.tf", "locals {\n  a = 1\n}\n")
                .path("locals")
                .get(0)
                .path("a")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void aMissingParserInstall_failsWithHowToInstall() {
    var parser =
        new dev.satpage.infra.hcl.Hcl2Json(TfFixtures.moduleDir().resolve("no-such-checks-dir"));

    assertThatThrownBy(() -> parser.parseText("ok.tf", "locals {}\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("npm ci")
        .hasMessageContaining("apt-get install");
  }
}
