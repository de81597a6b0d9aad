package dev.satpage.aws.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.RetryBackoff;
import dev.satpage.model.failure.RetryLater;
import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.testing.InMemoryJobQueue;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

class MessageHandlingTest {
  final InMemoryJobQueue queue = new InMemoryJobQueue();
  final MessageHandling handling =
      new MessageHandling(
          new DeadLetters(queue, "test", Clock.systemUTC()),
          new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(60)),
          new SplittableRandom(1));
  final List<Integer> visibility = new ArrayList<>();
  final List<String> lastAttempts = new ArrayList<>();
  final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  final Logger logger = (Logger) LoggerFactory.getLogger(MessageHandling.class);

  @BeforeEach
  void captureLog() {
    logged.start();
    logger.addAppender(logged);
  }

  @AfterEach
  void releaseLog() {
    logger.detachAppender(logged);
  }

  static ReceivedMessage received(int receiveCount) {
    return ReceivedMessage.of(
        Message.builder()
            .messageId("m-1")
            .body("{}")
            .attributes(
                Map.of(
                    MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT,
                    String.valueOf(receiveCount)))
            .messageAttributes(
                Map.of(
                    FailureAttributes.BOOK_ID,
                    MessageAttributeValue.builder().dataType("String").stringValue("b-42").build()))
            .build());
  }

  Delivery run(int receiveCount, RuntimeException failure) {
    return handling.process(
        Queues.SATELLITE_PAGE_JOBS_NAME,
        received(receiveCount),
        visibility::add,
        body -> {
          throw failure;
        },
        (body, e) -> lastAttempts.add(e.getMessage()));
  }

  /**
   * The one line logged, which must name the book and carry no stack trace unless it is an ERROR.
   */
  ILoggingEvent oneLine() {
    assertThat(logged.list).hasSize(1);
    ILoggingEvent line = logged.list.getFirst();
    assertThat(line.getFormattedMessage()).contains("book b-42").doesNotContain("\n");
    return line;
  }

  @Test
  void handled_isAcknowledged_andLogsNothing() {
    assertThat(
            handling.process(
                Queues.SATELLITE_PAGE_JOBS_NAME, received(1), visibility::add, body -> {}))
        .isEqualTo(Delivery.ACKNOWLEDGE);
    assertThat(visibility).isEmpty();
    assertThat(logged.list).isEmpty();
  }

  @Test
  void
      transientFailure_isLeftForRetry_withABackoffVisibility_oneWarnLine_andNoHookBeforeTheLastReceive() {
    Delivery delivery =
        run(1, new TransientFailure("provider timeout", new IOException("read timed out")));

    assertThat(delivery).isEqualTo(Delivery.RETRY);
    assertThat(visibility).singleElement().satisfies(v -> assertThat(v).isBetween(1, 2));
    assertThat(lastAttempts).isEmpty();
    ILoggingEvent line = oneLine();
    assertThat(line.getLevel()).isEqualTo(Level.WARN);
    assertThat(line.getThrowableProxy()).isNull();
    assertThat(line.getFormattedMessage())
        .contains("provider timeout")
        .contains("read timed out")
        .contains("retry in");
  }

  @Test
  void retryLater_theExpectedWait_isOneInfoLine_withoutAStackTrace() {
    Delivery delivery =
        run(1, new RetryLater("gate books/b-42/v1/rendered.json is held by w-2 since 10:00"));

    assertThat(delivery).isEqualTo(Delivery.RETRY);
    assertThat(visibility).hasSize(1);
    ILoggingEvent line = oneLine();
    assertThat(line.getLevel()).isEqualTo(Level.INFO);
    assertThat(line.getThrowableProxy()).isNull();
    assertThat(line.getFormattedMessage()).contains("held by w-2");
  }

  @Test
  void anUnclassifiedException_isStillRetried_butLoggedAsAnError_withItsStackTrace() {
    Delivery delivery = run(1, new IllegalStateException("a bug"));

    assertThat(delivery).isEqualTo(Delivery.RETRY);
    assertThat(visibility).hasSize(1);
    ILoggingEvent line = oneLine();
    assertThat(line.getLevel()).isEqualTo(Level.ERROR);
    assertThat(line.getThrowableProxy()).isNotNull();
    assertThat(line.getThrowableProxy().getMessage()).isEqualTo("a bug");
  }

  @Test
  void transientFailure_onTheLastAllowedReceive_callsTheHook_andSaysWhereItGoes() {
    int max = Queues.SATELLITE_PAGE_JOBS.maxReceiveCount();
    assertThat(run(max, new TransientFailure("still 503"))).isEqualTo(Delivery.RETRY);

    assertThat(lastAttempts).containsExactly("still 503");
    assertThat(oneLine().getFormattedMessage())
        .contains(Queues.SATELLITE_PAGE_JOBS.deadLetterName());
  }

  @Test
  void retryLater_onTheLastAllowedReceive_isAWarning_itIsAboutToLandInTheDlq() {
    int max = Queues.SATELLITE_PAGE_JOBS.maxReceiveCount();
    run(max, new RetryLater("gate held"));

    assertThat(oneLine().getLevel()).isEqualTo(Level.WARN);
  }

  @Test
  void permanentFailure_isDeadLetteredWithReason_andAcknowledged_andNoHook() {
    assertThat(run(1, new PermanentFailure(FailureReason.IMAGERY_CORRUPT, "not a JPEG")))
        .isEqualTo(Delivery.ACKNOWLEDGE);

    var dead = queue.sent(Queues.SATELLITE_PAGE_JOBS.deadLetterName());
    assertThat(dead)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.attributes()).containsEntry(FailureAttributes.REASON, "imagery-corrupt");
              assertThat(m.attributes()).containsEntry(FailureAttributes.DETAIL, "not a JPEG");
            });
    assertThat(visibility).isEmpty();
    assertThat(lastAttempts).isEmpty();
    assertThat(oneLine().getLevel()).isEqualTo(Level.WARN);
  }

  @Test
  void aProgrammingError_isNotRetried_itIsDeadLetteredAsInternalError_withItsStackTraceLogged() {
    assertThat(run(1, new NullPointerException("spec is null"))).isEqualTo(Delivery.ACKNOWLEDGE);

    var dead = queue.sent(Queues.SATELLITE_PAGE_JOBS.deadLetterName());
    assertThat(dead)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.attributes()).containsEntry(FailureAttributes.REASON, "internal-error");
              assertThat(m.attributes().get(FailureAttributes.DETAIL))
                  .startsWith("java.lang.NullPointerException: spec is null at ");
            });
    assertThat(visibility).isEmpty();
    assertThat(lastAttempts).isEmpty();
    ILoggingEvent line = oneLine();
    assertThat(line.getLevel()).isEqualTo(Level.ERROR);
    assertThat(line.getThrowableProxy().getClassName())
        .isEqualTo(NullPointerException.class.getName());
  }
}
