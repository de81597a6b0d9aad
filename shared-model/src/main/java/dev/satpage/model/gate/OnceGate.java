package dev.satpage.model.gate;

import dev.satpage.model.failure.RetryLater;
import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.json.Json;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.StoredObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Lets exactly one of many concurrent or repeated callers perform an action, using a marker object
 * written create-once ({@code If-None-Match: *}) and finished by compare-and-set ({@code
 * If-Match}).
 *
 * <p>{@link #run} acquires the gate, performs the action, then marks the gate DONE. A caller that
 * finds the gate DONE does nothing. A caller that finds it CLAIMED gets a {@link RetryLater} (an
 * expected wait, not an error) until the claim is older than {@code staleAfter}, whoever the owner
 * is: the owner is information (who holds it), never a key to the gate, because one SQS message can
 * be handled by two consumers at once. The RetryLater says how long until the claim goes stale, so
 * the message returns when the gate is DONE (nothing to do) or stale (its holder crashed between
 * claim and done; the retry takes the claim over and performs the action again); a claim younger
 * than ~15 s asks for no more than the usual backoff, as its holder is most likely about to mark it
 * DONE. The action therefore runs at least once per gate, and twice only when a holder died (or its
 * action failed) after acting but before marking done; actions carry an idempotency key so the
 * receiver can drop that second copy. A holder that dies costs up to {@code staleAfter} of latency.
 */
public final class OnceGate {
  /** What {@link #run} did. */
  public enum Outcome {
    PERFORMED,
    ALREADY_DONE
  }

  private static final String JSON = "application/json";

  /**
   * Added to a held claim's remaining time: instances' clocks differ a little, and a retry one tick
   * early is wasted.
   */
  private static final Duration STALE_MARGIN = Duration.ofSeconds(5);

  /**
   * A claim younger than this (or than half of staleAfter) is most likely held by a live holder.
   */
  private static final Duration YOUNG_CLAIM = Duration.ofSeconds(15);

  /**
   * About 10 s of retries (0.2, 0.4, 0.8, 1.6, then 2 s each) before a failure to mark DONE is
   * given up.
   */
  private static final int MARK_DONE_ATTEMPTS = 8;

  private final ObjectStore store;
  private final Clock clock;
  private final Duration staleAfter;

  public OnceGate(ObjectStore store, Clock clock, Duration staleAfter) {
    this.store = store;
    this.clock = clock;
    this.staleAfter = staleAfter;
  }

  /**
   * Performs {@code action} unless the gate at {@code key} is already DONE; see the class comment.
   */
  public Outcome run(String key, String owner, Runnable action) {
    GateMarker claim =
        new GateMarker(GateMarker.SCHEMA_VERSION, GateMarker.CLAIMED, owner, clock.instant(), null);
    Optional<String> claimed = store.putIfAbsent(key, Json.writeBytes(claim), JSON);
    if (claimed.isEmpty()) {
      StoredObject current = read(key);
      GateMarker marker = Json.read(current.content(), GateMarker.class);
      if (marker.done()) {
        return Outcome.ALREADY_DONE;
      }
      Instant staleAt = marker.claimedAt().plus(staleAfter);
      Instant now = clock.instant();
      if (!staleAt.isBefore(now)) {
        // Held, whoever the owner is: the same SQS message can be in two consumers' hands at once
        // (a visibility timeout that ran out, an at-least-once duplicate copy), so a claim of our
        // own owner may be a live attempt.
        // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/standard-queues-at-least-once-delivery.html
        // A young claim's holder is most likely alive and about to finish: retry after the usual
        // short backoff. An older one's holder most likely died: nothing can change before it is
        // stale, so ask to be retried only then.
        boolean young = Duration.between(marker.claimedAt(), now).compareTo(youngFor()) < 0;
        throw new RetryLater(
            "gate "
                + key
                + " is held by "
                + marker.owner()
                + " since "
                + marker.claimedAt()
                + "; retrying later",
            young ? Duration.ZERO : Duration.between(now, staleAt).plus(STALE_MARGIN));
      }
      // Stale claim: its holder died between claim and done. Take it over.
      claimed = store.replaceIfMatch(key, Json.writeBytes(claim), JSON, current.etag());
      if (claimed.isEmpty()) {
        throw new RetryLater(
            "gate " + key + " changed while taking over a claim; retrying later",
            staleAfter.plus(STALE_MARGIN));
      }
    }
    action.run();
    markDone(key, claim, claimed.orElseThrow());
    return Outcome.PERFORMED;
  }

  /**
   * How long a claim counts as young: beyond a live claim-to-done section (a send, then up to ~10 s
   * of markDone).
   */
  private Duration youngFor() {
    Duration half = staleAfter.dividedBy(2);
    return half.compareTo(YOUNG_CLAIM) < 0 ? half : YOUNG_CLAIM;
  }

  /** Whether the gate at {@code key} is DONE. */
  public boolean isDone(String key) {
    return store.get(key).map(o -> Json.read(o.content(), GateMarker.class).done()).orElse(false);
  }

  /**
   * Marks the gate DONE once the action ran: one compare-and-set against the entity tag our claim
   * was written with, so no read first. If it fails, the gate changed since our claim: a holder
   * that took it over will mark it done itself (or an earlier attempt of ours, whose answer was
   * lost, already did); our action already ran. A transient store failure here (an S3 blip) is
   * retried for a few seconds: giving up would leave the gate CLAIMED after the action already
   * happened, and a takeover would repeat it.
   */
  private void markDone(String key, GateMarker claim, String claimEtag) {
    GateMarker done =
        new GateMarker(
            GateMarker.SCHEMA_VERSION,
            GateMarker.DONE,
            claim.owner(),
            claim.claimedAt(),
            clock.instant());
    for (int attempt = 1; ; attempt++) {
      try {
        store.replaceIfMatch(key, Json.writeBytes(done), JSON, claimEtag);
        return;
      } catch (TransientFailure e) {
        if (attempt >= MARK_DONE_ATTEMPTS) {
          throw e;
        }
        pause(Math.min(2_000L, 100L << attempt));
      }
    }
  }

  private StoredObject read(String key) {
    Optional<StoredObject> current = store.get(key);
    return current.orElseThrow(
        () -> new TransientFailure("gate " + key + " vanished; retrying later"));
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransientFailure("interrupted while marking a gate done", e);
    }
  }
}
