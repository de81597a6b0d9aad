package dev.satpage.e2e.soak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.e2e.load.Percentiles;
import dev.satpage.e2e.load.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoakVerdictTest {
  private static final Percentiles.Summary NONE = Percentiles.summary(List.of());

  private static RunResult load(int ordered, int rendered, int duplicates) {
    return new RunResult(
        "soak",
        1,
        0.5,
        ordered,
        rendered,
        duplicates,
        3600,
        rendered / 3600.0,
        NONE,
        NONE,
        NONE,
        NONE,
        Map.of());
  }

  private static List<MemorySample> heap(String process, double... liveHeap) {
    List<MemorySample> out = new ArrayList<>();
    for (int i = 0; i < liveHeap.length; i++) {
      out.add(new MemorySample(i, process, 500, liveHeap[i], 1024));
    }
    return out;
  }

  @Test
  void flatMemory_noLoss_noDouble_drainedQueues_passes() {
    List<SoakResult.MemoryTrend> trends =
        SoakVerdict.trends(heap("producer", 80, 85, 82, 90, 84, 83, 86, 88));

    assertThat(trends).singleElement().satisfies(t -> assertThat(t.flat()).isTrue());
    assertThat(
            SoakVerdict.violations(
                load(100, 100, 0),
                Map.of("satpage-render-jobs", 0L, "satpage-printhouse-delivery", 33L),
                trends))
        .isEmpty();
  }

  @Test
  void aGrowingHeap_aLostBook_aDoubleRender_andALeftoverMessage_areEachReported() {
    List<SoakResult.MemoryTrend> trends =
        SoakVerdict.trends(heap("imagery-worker-1", 80, 90, 120, 150, 180, 220, 260, 300));

    assertThat(
            SoakVerdict.violations(load(100, 99, 1), Map.of("satpage-render-jobs-dlq", 2L), trends))
        .containsExactlyInAnyOrder(
            "1 of 100 books not rendered",
            "1 books rendered twice",
            "satpage-render-jobs-dlq holds 2 message(s) after the run",
            "imagery-worker-1: live heap grew from 85 to 280 MiB");
  }
}
