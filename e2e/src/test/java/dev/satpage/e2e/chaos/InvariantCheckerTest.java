package dev.satpage.e2e.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.e2e.chaos.InvariantChecker.RenderedBook;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvariantCheckerTest {
  static final List<String> ORDERED = List.of("b1", "b2", "b3");

  static RenderedBook ok(String book) {
    return new RenderedBook(book, true, List.of("s3://bucket/books/" + book + "/v1/pages/p1.jpg"));
  }

  @Test
  void everyBookRenderedOnce_isOk() {
    Verdict v =
        InvariantChecker.check(
            ORDERED,
            List.of("b1", "b2", "b3"),
            List.of(ok("b1"), ok("b2"), ok("b3")),
            List.of(),
            false);
    assertThat(v.ok()).isTrue();
    assertThat(v.renderedOnce()).isEqualTo(3);
  }

  @Test
  void aSecondBookRendered_isADoubleRender() {
    Verdict v =
        InvariantChecker.check(
            ORDERED,
            List.of("b1", "b2", "b3", "b2"),
            List.of(ok("b1"), ok("b2"), ok("b3")),
            List.of(),
            false);
    assertThat(v.ok()).isFalse();
    assertThat(v.renderedTwiceOrMore()).isEqualTo(1);
    assertThat(v.violations()).anyMatch(s -> s.contains("b2 rendered 2 times"));
  }

  @Test
  void unrenderedBook_isFineInADlqBeforeReplay_butLostAfterIt() {
    List<DlqEntry> dlq =
        List.of(
            new DlqEntry("satpage-satellite-page-jobs-dlq", "b3", "o3", "imagery-corrupt", "x"));
    Verdict before =
        InvariantChecker.check(
            ORDERED, List.of("b1", "b2"), List.of(ok("b1"), ok("b2")), dlq, true);
    assertThat(before.ok()).isTrue();
    assertThat(before.inDlqWithReason()).isEqualTo(1);

    Verdict after =
        InvariantChecker.check(
            ORDERED, List.of("b1", "b2"), List.of(ok("b1"), ok("b2")), dlq, false);
    assertThat(after.ok()).isFalse();
    assertThat(after.lost()).isEqualTo(1);
  }

  @Test
  void unrenderedBook_nowhere_isLost() {
    Verdict v =
        InvariantChecker.check(
            ORDERED, List.of("b1", "b2"), List.of(ok("b1"), ok("b2")), List.of(), true);
    assertThat(v.lost()).isEqualTo(1);
    assertThat(v.violations()).containsExactly("b3 not rendered and not in any DLQ");
  }

  @Test
  void renderFromAnIncompleteDefinition_orAnUnresolvedRefusal_isAViolation() {
    RenderedBook half =
        new RenderedBook("b3", false, List.of("s3://bucket/books/b3/v1/pages/p1.jpg"));
    List<DlqEntry> dlq =
        List.of(new DlqEntry("satpage-render-jobs-dlq", "b2", "o2", "unresolved-dependency", ""));
    Verdict v =
        InvariantChecker.check(
            ORDERED, List.of("b1", "b2", "b3"), List.of(ok("b1"), ok("b2"), half), dlq, true);
    assertThat(v.unresolvedRenders()).isEqualTo(1);
    assertThat(v.unresolvedRefusals()).isEqualTo(1);
    assertThat(v.violations()).hasSize(2);
  }

  @Test
  void twoBooksSharingAnOutput_isAViolation() {
    RenderedBook clash =
        new RenderedBook("b2", true, List.of("s3://bucket/books/b1/v1/pages/p1.jpg"));
    Verdict v =
        InvariantChecker.check(
            List.of("b1", "b2"), List.of("b1", "b2"), List.of(ok("b1"), clash), List.of(), false);
    assertThat(v.violations()).singleElement().asString().contains("output of both b1 and b2");
  }
}
