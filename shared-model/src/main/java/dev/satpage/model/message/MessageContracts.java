package dev.satpage.model.message;

import dev.satpage.model.json.Json;
import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.queue.Queues;
import java.util.Map;
import java.util.Optional;

/**
 * Which message record each pipeline queue carries (docs/events.md), so a body can be checked
 * against its queue's contract before it is sent there — the ops CLI's replay does, so a dead
 * letter that can never be read is not sent back to bounce into the DLQ again.
 */
public final class MessageContracts {
  private static final Map<String, Class<? extends Record>> BY_QUEUE =
      Map.of(
          Queues.ORDER_PLACED_NAME, OrderPlaced.class,
          Queues.SATELLITE_PAGE_JOBS_NAME, SatellitePageJob.class,
          Queues.IMAGERY_COMPLETED_NAME, ImageryCompleted.class,
          Queues.IMAGERY_FAILED_NAME, ImageryFailed.class,
          Queues.RENDER_JOBS_NAME, RenderJob.class,
          Queues.BOOK_RENDERED_NAME, BookRendered.class,
          Queues.PRINTHOUSE_DELIVERY_NAME, PrintReady.class);

  private MessageContracts() {}

  /** The record a queue carries, or empty for a queue that is not one of the pipeline's. */
  public static Optional<Class<? extends Record>> of(String queueName) {
    return Optional.ofNullable(BY_QUEUE.get(queueName));
  }

  /**
   * Reads {@code body} as its queue's message with the same strict reader the consumers use; throws
   * {@link MessageFormatException} naming the field if a consumer would refuse it. A queue without
   * a contract passes.
   */
  public static void check(String queueName, String body) {
    of(queueName).ifPresent(type -> Json.read(body, type));
  }
}
