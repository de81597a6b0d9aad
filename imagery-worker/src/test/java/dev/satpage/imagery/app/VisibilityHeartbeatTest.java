package dev.satpage.imagery.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class VisibilityHeartbeatTest {
  @Test
  void longJob_extendsVisibilityRepeatedly_andStopsWhenTheJobEnds() throws Exception {
    List<Integer> extensions = new CopyOnWriteArrayList<>();
    try (VisibilityHeartbeat heartbeat =
        new VisibilityHeartbeat(Duration.ofMillis(20), Duration.ofSeconds(90))) {
      AutoCloseable beat = heartbeat.start("m-1", extensions::add);
      await().atMost(Duration.ofSeconds(5)).until(() -> extensions.size() >= 3);
      beat.close();
      int afterStop = extensions.size();
      Thread.sleep(150);

      assertThat(extensions).allMatch(seconds -> seconds == 90);
      assertThat(extensions.size())
          .isLessThanOrEqualTo(afterStop + 1); // at most one beat already running
    }
  }

  @Test
  @SuppressWarnings("try") // the beat runs while the try block waits; closing it is the point
  void failingBeat_doesNotStopTheNextOnes() throws Exception {
    List<Integer> attempts = new CopyOnWriteArrayList<>();
    try (VisibilityHeartbeat heartbeat =
        new VisibilityHeartbeat(Duration.ofMillis(20), Duration.ofSeconds(60))) {
      try (AutoCloseable beat =
          heartbeat.start(
              "m-2",
              s -> {
                attempts.add(s);
                throw new IllegalStateException("receipt handle expired");
              })) {
        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.size() >= 2);
      }
    }
  }

  @Test
  void intervalMustBeShorterThanTheExtension() {
    assertThatThrownBy(
            () -> new VisibilityHeartbeat(Duration.ofSeconds(120), Duration.ofSeconds(120)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
