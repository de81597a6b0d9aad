package dev.satpage.ops.dlq;

import static dev.satpage.ops.dlq.DeadLetters.aDeadLetter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.ops.dlq.ReplayPolicy.Decision;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayPolicyTest {
  private static ReplayPolicy policy(String... filters) {
    return new ReplayPolicy(ReplayFilter.parse(List.of(filters)), 3, false);
  }

  @Test
  void filters_selectByReasonBookAndOrder_combinedWithAnd() {
    DeadLetter m = aDeadLetter().forBook("b1").forOrder("o1").withReason("imagery-corrupt").build();
    assertThat(policy("reason=imagery-corrupt").decide(m)).isEqualTo(Decision.MOVE);
    assertThat(policy("reason=other").decide(m)).isEqualTo(Decision.SKIP);
    assertThat(policy("book=b1", "order=o1").decide(m)).isEqualTo(Decision.MOVE);
    assertThat(policy("book=b1", "order=o2").decide(m)).isEqualTo(Decision.SKIP);
    assertThat(policy("book=b2").decide(m)).isEqualTo(Decision.SKIP);
  }

  @Test
  void redriveMoves_haveReasonRedrive_andIdsFromTheBody() {
    DeadLetter m =
        aDeadLetter().body("{\"schemaVersion\":1,\"orderId\":\"o9\",\"bookId\":\"b9\"}").build();
    assertThat(m.reason()).isEqualTo(DeadLetter.REDRIVE_REASON);
    assertThat(m.reasonText()).contains("redrive after maxReceiveCount");
    assertThat(policy("reason=redrive", "book=b9", "order=o9").decide(m)).isEqualTo(Decision.MOVE);
  }

  @Test
  void anOrderOfSeveralBooks_concernsEachOfThem() {
    DeadLetter m =
        aDeadLetter()
            .body("{\"orderId\":\"o1\",\"books\":[{\"bookId\":\"a\"},{\"bookId\":\"b\"}]}")
            .build();
    assertThat(m.concernsBook("b")).isTrue();
    assertThat(m.concernsBook("c")).isFalse();
    assertThat(m.bookId()).isEmpty();
  }

  @Test
  void loopGuard_holdsBackAfterKReplays_unlessForced() {
    DeadLetter twice = aDeadLetter().withReason("r").replayed(2).build();
    DeadLetter thrice = aDeadLetter().withReason("r").replayed(3).build();
    assertThat(policy().decide(twice)).isEqualTo(Decision.MOVE);
    assertThat(policy().decide(thrice)).isEqualTo(Decision.HOLD);
    assertThat(new ReplayPolicy(ReplayFilter.ALL, 3, true).decide(thrice)).isEqualTo(Decision.MOVE);
    assertThat(policy("reason=other").decide(thrice)).as("filter first").isEqualTo(Decision.SKIP);
  }

  @Test
  void copy_keepsEveryAttribute_incrementsTheCounter_stampsTheRun_andKeepsTheFirstFailureTime() {
    DeadLetter m = aDeadLetter().forBook("b1").withReason("r").replayed(1).build();
    ReplayCopy c = policy().copyOf(m, false, "run-1");
    assertThat(c.body()).isEqualTo(m.body());
    assertThat(c.attributes())
        .containsAllEntriesOf(
            m.attributes().entrySet().stream()
                .filter(e -> !e.getKey().equals(ReplayAttributes.REPLAY_COUNT))
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> e.getValue())));
    assertThat(c.attributes().get(ReplayAttributes.REPLAY_COUNT).stringValue()).isEqualTo("2");
    assertThat(c.attributes().get(ReplayAttributes.REPLAY_RUN).stringValue()).isEqualTo("run-1");
    assertThat(c.attributes().get(ReplayAttributes.FIRST_FAILED_AT).stringValue())
        .isEqualTo(m.attribute(FailureAttributes.FAILED_AT).orElseThrow());
    assertThat(c.groupId()).isNull();
  }

  @Test
  void fifoCopy_keepsGroupAndDeduplicationIds_andFallsBackToTheMessageId() {
    assertThat(policy().copyOf(aDeadLetter().fifo("g1", "d1").build(), true, "run-1"))
        .extracting(ReplayCopy::groupId, ReplayCopy::deduplicationId)
        .containsExactly("g1", "d1");
    DeadLetter noDedup = aDeadLetter().id("mid").fifo("g1", null).build();
    assertThat(policy().copyOf(noDedup, true, "run-1").deduplicationId()).isEqualTo("mid");
    assertThatThrownBy(() -> policy().copyOf(aDeadLetter().build(), true, "run-1"))
        .hasMessageContaining("group id");
  }

  @Test
  void aMessageWithTenAttributes_cannotTakeTheCounter() {
    DeadLetters b = aDeadLetter();
    for (int i = 0; i < 10; i++) {
      b.attr("a" + i, "v");
    }
    assertThatThrownBy(() -> policy().copyOf(b.build(), false, "run-1"))
        .hasMessageContaining("no room for the replay counter");
  }

  @Test
  void badFilters_areNamed() {
    assertThatThrownBy(() -> ReplayFilter.parse(List.of("colour=red")))
        .hasMessageContaining("colour");
    assertThatThrownBy(() -> ReplayFilter.parse(List.of("book"))).hasMessageContaining("key=value");
  }
}
