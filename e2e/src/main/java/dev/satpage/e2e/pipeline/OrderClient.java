package dev.satpage.e2e.pipeline;

import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import java.util.Map;

/** Places orders the way the web shop does: an {@code order-placed} event on SQS. */
public final class OrderClient {
  private final LocalPipeline pipeline;

  public OrderClient(LocalPipeline pipeline) {
    this.pipeline = pipeline;
  }

  public void place(OrderPlaced order) {
    pipeline
        .queue()
        .send(
            Queues.ORDER_PLACED_NAME,
            new OutboundMessage(
                order.orderId(),
                Json.write(order),
                Map.of(FailureAttributes.ORDER_ID, order.orderId())));
  }

  /** Sends raw text, for bad-input checks. */
  public void placeRaw(String body) {
    pipeline.queue().send(Queues.ORDER_PLACED_NAME, OutboundMessage.of("raw", body));
  }
}
