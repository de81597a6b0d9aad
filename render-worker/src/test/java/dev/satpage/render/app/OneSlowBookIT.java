package dev.satpage.render.app;

import static dev.satpage.model.testing.Books.aBook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.testing.HoldingProxy;
import dev.satpage.render.service.BookSeeds;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One slow book must not slow the others: the worker (two slots, as deployed) talks to SQS through
 * a proxy that holds the {@code book-rendered} send of one book until the test releases it, so that
 * book keeps one slot. While it does, every other book is rendered through the other slot;
 * released, the slow one finishes too.
 *
 * <p>Not a timed assertion: with {@code max-delay-between-polls} of 10 minutes, a free slot that
 * waited for the held one in any way would leave the other books unrendered, on any machine. The
 * timeouts only stop a hang, and stay under the render-jobs visibility timeout (120 s), after which
 * SQS would hand the held job to the free slot.
 */
@ExtendWith(DevstackExtension.class)
class OneSlowBookIT {
  static final int OTHER_BOOKS = 4;
  static final String SLOW = "slow-book";

  static RenderStack stack;
  static HoldingProxy sqsProxy;
  static ConfigurableApplicationContext app;

  @BeforeAll
  static void start(Devstack devstack) {
    stack = RenderStack.over(devstack);
    // SendMessage bodies carry the event (and its book id); receives, deletes and visibility
    // changes never do.
    sqsProxy =
        HoldingProxy.start(
            stack.devstack.sqsEndpoint(),
            r -> r.body().contains("\"MessageBody\"") && r.body().contains(SLOW));
    Map<String, Object> properties = new HashMap<>(stack.devstack.endpointProperties());
    properties.put("satpage.aws.endpoint-sqs", sqsProxy.endpoint().toString());
    properties.put("spring.cloud.aws.sqs.listener.poll-timeout", "1s");
    properties.put("spring.cloud.aws.sqs.listener.max-delay-between-polls", "PT10M");
    app = RenderWorkerApplication.start(properties);
  }

  @AfterAll
  static void stop() {
    sqsProxy.release();
    if (app != null) {
      app.close();
    }
    sqsProxy.close();
    stack.close();
  }

  @Test
  void whileOneBookIsHeld_everyOtherBookIsRendered_andThenTheHeldOneToo() {
    Set<String> rendered = ConcurrentHashMap.newKeySet();
    stack.send(seed(SLOW));
    await("the slow book holds a slot")
        .atMost(Duration.ofSeconds(90))
        .until(() -> sqsProxy.holding() > 0);

    List<String> others = IntStream.range(0, OTHER_BOOKS).mapToObj(i -> "other-book-" + i).toList();
    others.forEach(id -> stack.send(seed(id)));
    await("every other book, through the free slot")
        .atMost(Duration.ofSeconds(90))
        .until(() -> collect(rendered).containsAll(others));
    assertThat(sqsProxy.holding()).as("the slow book is still held").isPositive();
    assertThat(rendered).doesNotContain(SLOW);

    sqsProxy.release();
    await("the slow book, once released")
        .atMost(Duration.ofSeconds(90))
        .until(() -> collect(rendered).contains(SLOW));
  }

  private static RenderJob seed(String bookId) {
    return BookSeeds.store(
        stack.store,
        BookSeeds.resolveAll(
            stack.store,
            aBook().withId(bookId).withOrderId("order-" + bookId).withSatellitePages(1).build()));
  }

  private static Set<String> collect(Set<String> into) {
    stack
        .receive(Queues.BOOK_RENDERED_NAME)
        .forEach(m -> into.add(Json.read(m.body(), BookRendered.class).bookId()));
    return into;
  }
}
