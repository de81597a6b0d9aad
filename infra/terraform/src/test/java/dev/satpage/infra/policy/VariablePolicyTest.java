package dev.satpage.infra.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.infra.TfFixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module's inputs are documented, used, and the example tfvars fits them; the bad fixture shows
 * each breach.
 */
class VariablePolicyTest {

  @Test
  void everyVariable_isDocumentedTypedAndUsed_andTheExampleTfvarsSetsEveryRequiredOne() {
    Path example = TfFixtures.moduleDir().resolve("example.tfvars");
    var tfvars = TfFixtures.parser().parse(List.of(example)).values().iterator().next();

    assertThat(VariablePolicy.violations(TfFixtures.module(), tfvars)).isEmpty();
    assertThat(TfFixtures.module().variables()).hasSizeGreaterThan(20);
  }

  @Test
  void variablePolicy_reportsUndocumentedUnusedUndeclaredAndMissingExampleValues()
      throws Exception {
    Path example = Path.of(getClass().getResource("/fixtures/variables/example.tfvars").toURI());
    var tfvars = TfFixtures.parser().parse(List.of(example)).values().iterator().next();

    assertThat(VariablePolicy.violations(TfFixtures.fixture("variables"), tfvars))
        .containsExactlyInAnyOrder(
            "variable.region: no description",
            "variable.region: no type",
            "var.undeclared: not declared",
            "variable.unused: never used",
            "example tfvars: typo is not a variable",
            "example tfvars: required variable bucket is missing");
  }
}
