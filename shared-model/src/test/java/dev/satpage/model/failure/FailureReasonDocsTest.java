package dev.satpage.model.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The registry and the table in docs/events.md ("Failure reasons") name the same codes, no more, no
 * fewer.
 */
class FailureReasonDocsTest {
  private static final Path EVENTS = Path.of("..", "docs", "events.md");
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\|", Pattern.MULTILINE);

  @Test
  void docsListEveryReasonOfTheRegistryAndNoOther() throws IOException {
    String docs = Files.readString(EVENTS);
    int section = docs.indexOf("## Failure reasons");
    assertThat(section).as("docs/events.md has a 'Failure reasons' section").isNotNegative();
    int next = docs.indexOf("\n## ", section + 1);
    Matcher rows = ROW.matcher(docs.substring(section, next < 0 ? docs.length() : next));
    Set<String> documented = new LinkedHashSet<>();
    while (rows.find()) {
      documented.add(rows.group(1));
    }
    Set<String> registry =
        new LinkedHashSet<>(
            Arrays.stream(FailureReason.values()).map(FailureReason::code).toList());
    assertThat(documented).containsExactlyInAnyOrderElementsOf(registry);
  }

  @Test
  void codesAreUniqueAndFindable() {
    for (FailureReason reason : FailureReason.values()) {
      assertThat(FailureReason.ofCode(reason.code())).contains(reason);
      assertThat(reason.code()).matches("[a-z]+(-[a-z]+)*");
    }
    assertThat(FailureReason.ofCode("no-such-reason")).isEmpty();
  }

  @Test
  void aPermanentFailureCarriesItsReasonsCode() {
    PermanentFailure failure = new PermanentFailure(FailureReason.IMAGERY_CORRUPT, "not a JPEG");
    assertThat(failure.reason()).isEqualTo("imagery-corrupt");
    assertThat(failure.kind()).isEqualTo(FailureReason.IMAGERY_CORRUPT);
    assertThat(failure.getMessage()).isEqualTo("imagery-corrupt: not a JPEG");
  }
}
