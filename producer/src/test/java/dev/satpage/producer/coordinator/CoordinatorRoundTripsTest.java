package dev.satpage.producer.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.gate.OnceGate;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.testing.Books;
import dev.satpage.model.testing.InMemoryJobQueue;
import dev.satpage.model.testing.InMemoryObjectStore;
import dev.satpage.producer.coordinator.RoundTripCountingStore.Call;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: from the last completion to its render job, at most four sequential store round trips
 * (five when another completion's marker appears between the two listings), counted as waves of
 * calls in flight together, not timed.
 */
class CoordinatorRoundTripsTest {
  private static final String DEFINITION = "books/b1/definition.json";
  private static final String RESOLVED = "books/b1/v1/resolved/";

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
  private final InMemoryObjectStore store = new InMemoryObjectStore("bucket");
  private final RoundTripCountingStore counted = new RoundTripCountingStore(store);
  private final InMemoryJobQueue queue = new InMemoryJobQueue();

  /** The number of store waves released when each message was sent. */
  private final List<Integer> wavesAtSend = new ArrayList<>();

  private final JobQueue countingQueue =
      new JobQueue() {
        @Override
        public void send(String queueName, OutboundMessage message) {
          wavesAtSend.add(counted.waves().size());
          queue.send(queueName, message);
        }

        @Override
        public void sendAll(String queueName, List<OutboundMessage> messages) {
          messages.forEach(m -> send(queueName, m));
        }
      };

  private final Coordinator plain =
      new Coordinator(store, queue, new OnceGate(store, clock, Duration.ofMinutes(2)), clock);
  private final Coordinator coordinator =
      new Coordinator(
          counted,
          countingQueue,
          new OnceGate(counted, clock, Duration.ofMinutes(2)),
          clock,
          CoordinatorObserver.NONE,
          counted.threads());
  private final DefinitionFile book = Books.aBook().withId("b1").withSatellitePages(3).build();

  CoordinatorRoundTripsTest() {
    store.put(DEFINITION, Json.writeBytes(book), "application/json");
  }

  @Test
  void lastCompletion_sendsItsRenderJobAfterFourStoreRoundTrips() throws Exception {
    plain.onCompleted(completion("sat-1", 1), "m1");
    plain.onCompleted(completion("sat-2", 1), "m2");

    assertThat(counted.run(() -> coordinator.onCompleted(completion("sat-3", 1), "m3")))
        .isEqualTo(Coordinator.Result.DISPATCHED);

    assertThat(wavesAtSend).containsExactly(4);
    List<List<Call>> waves = counted.waves();
    assertThat(waves.get(0))
        .containsExactlyInAnyOrder(
            call("GET", DEFINITION),
            call("HEAD", "imagery/sat-3/print.jpg"),
            call("HEAD", "imagery/sat-3/preview.jpg"),
            call("LIST", RESOLVED));
    assertThat(waves.get(1))
        .containsExactlyInAnyOrder(
            call("PUT_IF_ABSENT", RESOLVED + "sat-3.json"),
            call("GET", RESOLVED + "sat-1.json"),
            call("GET", RESOLVED + "sat-2.json"));
    assertThat(waves.get(2)).containsExactly(call("LIST", RESOLVED));
    assertThat(waves.get(3))
        .containsExactlyInAnyOrder(
            call("PUT", "books/b1/v1/definition-patched.json"),
            call("PUT_IF_ABSENT", "books/b1/v1/render-dispatch.json"));
    assertThat(waves.subList(4, waves.size()))
        .as("after the send: the gate marked done, against its claim's entity tag")
        .containsExactly(List.of(call("REPLACE_IF_MATCH", "books/b1/v1/render-dispatch.json")));
  }

  @Test
  void aMarkerAppearingBetweenTheTwoListings_costsOneMoreRoundTrip() throws Exception {
    plain.onCompleted(completion("sat-1", 1), "m1");
    ImageryCompleted racing = completion("sat-3", 1);
    counted.beforeRelease(
        (wave, calls) -> {
          if (wave == 3) { // the second listing: sat-3's handler wrote its marker meanwhile
            store.putIfAbsent(RESOLVED + "sat-3.json", Json.writeBytes(racing), "application/json");
          }
        });

    assertThat(counted.run(() -> coordinator.onCompleted(completion("sat-2", 1), "m2")))
        .isEqualTo(Coordinator.Result.DISPATCHED);

    assertThat(wavesAtSend).containsExactly(5);
    assertThat(counted.waves().get(3)).containsExactly(call("GET", RESOLVED + "sat-3.json"));
  }

  @Test
  void aCompletionThatIsTheLastButNotTheOnlyOneListed_readsEveryOtherMarkerOnce() throws Exception {
    plain.onCompleted(completion("sat-1", 1), "m1");
    plain.onCompleted(completion("sat-2", 1), "m2");
    plain.onCompleted(completion("sat-3", 1), "m3");

    assertThat(counted.run(() -> coordinator.onCompleted(completion("sat-3", 1), "m3-again")))
        .isEqualTo(Coordinator.Result.ALREADY_DISPATCHED);

    assertThat(wavesAtSend).isEmpty();
    assertThat(counted.waves().get(1))
        .as("a duplicate reads its own marker with the others: its content may differ")
        .containsExactlyInAnyOrder(
            call("PUT_IF_ABSENT", RESOLVED + "sat-3.json"),
            call("GET", RESOLVED + "sat-1.json"),
            call("GET", RESOLVED + "sat-2.json"),
            call("GET", RESOLVED + "sat-3.json"));
    assertThat(counted.waves().get(2)).containsExactly(call("LIST", RESOLVED));
  }

  @Test
  void aVersion1Completion_namesNoVersion_soItsFirstListingWaitsForItsMarker() throws Exception {
    plain.onCompleted(completion("sat-1", 1), "m1");
    plain.onCompleted(completion("sat-2", 1), "m2");

    assertThat(counted.run(() -> coordinator.onCompleted(completion("sat-3", null), "m3")))
        .isEqualTo(Coordinator.Result.DISPATCHED);

    assertThat(wavesAtSend).containsExactly(5);
    List<List<Call>> waves = counted.waves();
    assertThat(waves.get(0)).extracting(Call::op).doesNotContain("LIST");
    assertThat(waves.get(1)).containsExactly(call("PUT_IF_ABSENT", RESOLVED + "sat-3.json"));
    assertThat(waves.get(2)).containsExactly(call("LIST", RESOLVED));
    assertThat(waves.get(3))
        .containsExactlyInAnyOrder(
            call("GET", RESOLVED + "sat-1.json"), call("GET", RESOLVED + "sat-2.json"));
  }

  private static Call call(String op, String key) {
    return new Call(op, key);
  }

  /** A completion of {@code dep}; {@code version} null makes it a version 1 message. */
  private ImageryCompleted completion(String dep, Integer version) {
    return Completions.of(store, dep, version, clock.instant());
  }
}
