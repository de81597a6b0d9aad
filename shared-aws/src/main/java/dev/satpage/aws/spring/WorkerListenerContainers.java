package dev.satpage.aws.spring;

import io.awspring.cloud.sqs.config.SqsMessageListenerContainerFactory;
import io.awspring.cloud.sqs.listener.BackPressureMode;
import io.awspring.cloud.sqs.listener.QueueNotFoundStrategy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * The listener container of a worker whose every message is seconds of work (a satellite page, a
 * book render) on a few slots: a slot that frees up receives the next message at once, whatever the
 * other slots are doing.
 *
 * <p>Spring Cloud AWS 4.0's default back-pressure (mode {@code AUTO}) makes a free slot wait, in
 * two ways. It acquires {@code maxMessagesPerPoll} permits per poll and, while other slots are
 * busy, waits up to {@code maxDelayBetweenPolls} (default 10 s) for them before polling for fewer —
 * the reference documentation: "maxDelayBetweenPolls represents the maximum amount of time the
 * container will wait for maxMessagesPerPoll permits to be available before trying to acquire a
 * partial batch". And in low-throughput mode, where it starts and where every empty poll puts it
 * back, "only a single batch may be requested at a time. If a batch is already in-flight, zero
 * permits are granted" ({@code ThroughputBackPressureHandler}); a request granted zero permits then
 * waits up to that same {@code maxDelayBetweenPolls} for permits to be released ({@code
 * CompositeBackPressureHandler}), and a poll that returns as many messages as it asked for releases
 * none. So with two slots, one held by a slow provider answer, the other fetched one page every 10
 * s. Hence one message per poll (a single free permit is a whole batch) and {@code
 * FIXED_HIGH_THROUGHPUT}, which "disables low throughput mode": each free slot keeps one receive
 * open. The cost is one ReceiveMessage per message instead of one per two, and a second long poll
 * on an idle queue. Sources, read 2026-12-02:
 * https://github.com/awspring/spring-cloud-aws/blob/v4.0.2/docs/src/main/asciidoc/sqs.adoc (Message
 * Processing Throughput: maxDelayBetweenPolls, Default Polling Behavior, Configuring
 * BackPressureMode) and, in the same tag,
 * spring-cloud-aws-sqs/…/listener/backpressure/ThroughputBackPressureHandler.java and
 * CompositeBackPressureHandler.java.
 *
 * <p>A factory of our own does not get Spring Cloud AWS's {@code spring.cloud.aws.sqs.*}
 * properties: the ones we use are applied here. Messages carry {@code SentTimestamp} and {@code
 * ApproximateReceiveCount} (queue lag, backoff).
 */
public final class WorkerListenerContainers {
  /** One message per receive: see the class comment. */
  public static final int MESSAGES_PER_POLL = 1;

  private WorkerListenerContainers() {}

  /**
   * @param shutdownTimeout how long a graceful shutdown waits for messages in flight (then they are
   *     redelivered after their visibility timeout)
   */
  public static SqsMessageListenerContainerFactory<Object> factory(
      SqsAsyncClient sqs, Environment environment, Duration shutdownTimeout) {
    Binder binder = Binder.get(environment);
    QueueNotFoundStrategy queueNotFound =
        QueueNotFoundStrategy.valueOf(
            binder
                .bind("spring.cloud.aws.sqs.queue-not-found-strategy", String.class)
                .orElse("fail")
                .toUpperCase(Locale.ROOT));
    Duration pollTimeout =
        binder
            .bind("spring.cloud.aws.sqs.listener.poll-timeout", Duration.class)
            .orElse(Duration.ofSeconds(10));
    Duration maxDelayBetweenPolls =
        binder
            .bind("spring.cloud.aws.sqs.listener.max-delay-between-polls", Duration.class)
            .orElse(Duration.ofSeconds(10));
    return SqsMessageListenerContainerFactory.builder()
        .sqsAsyncClient(sqs)
        .configure(
            options ->
                options
                    .queueNotFoundStrategy(queueNotFound)
                    .pollTimeout(pollTimeout)
                    .maxDelayBetweenPolls(maxDelayBetweenPolls)
                    .maxMessagesPerPoll(MESSAGES_PER_POLL)
                    .backPressureMode(BackPressureMode.FIXED_HIGH_THROUGHPUT)
                    .messageSystemAttributeNames(
                        List.of(
                            MessageSystemAttributeName.SENT_TIMESTAMP,
                            MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT,
                            // an X-Ray sender's trace, continued when there is no traceparent
                            MessageSystemAttributeName.AWS_TRACE_HEADER))
                    .listenerShutdownTimeout(shutdownTimeout))
        .build();
  }
}
