package dev.satpage.imagery.app.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.satpage.aws.sqs.DeadLetters;
import dev.satpage.aws.sqs.Delivery;
import dev.satpage.aws.sqs.MessageHandling;
import dev.satpage.aws.sqs.ReceivedMessage;
import dev.satpage.aws.sqs.SqsJobQueue;
import dev.satpage.aws.sqs.SqsVisibility;
import dev.satpage.aws.trace.Tracing;
import dev.satpage.imagery.ImageryService;
import dev.satpage.imagery.app.MicrometerImageryMetrics;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.queue.Queues;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The imagery worker as an AWS Lambda function on {@code satpage-satellite-page-jobs} (runtime
 * {@code java25}, event source mapping with {@code ReportBatchItemFailures}). Settings (the API key
 * read from Secrets Manager), clients, codec and service are built once, in the constructor the
 * runtime calls at init. Each record is handled in its own try/catch by the same {@link
 * MessageHandling} as the Spring listener, so both paths make the same decisions: handled records
 * and dead-lettered permanent failures are left for the mapping to delete; a transient failure gets
 * its backoff through ChangeMessageVisibility (receipt handle, queue from the record's {@code
 * eventSourceARN}) — on its last allowed receive after {@code imagery-failed} was sent, so the book
 * shows as blocked — and is returned in {@code batchItemFailures}, which keeps exactly that record
 * in the queue (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html, read
 * 2026-12-02: a failed message reappears when its visibility timeout runs out).
 *
 * <p>No visibility heartbeat here: the function timeout (≤ 15 min) bounds a job, and the queue's
 * visibility timeout must be at least the function timeout (AWS recommends six times it), so the
 * message cannot reappear mid-job.
 */
public final class ImageryLambdaHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
  private static final Logger log = LoggerFactory.getLogger(ImageryLambdaHandler.class);

  private final ImageryService service;
  private final MessageHandling messageHandling;
  private final SqsVisibility visibility;
  private final MicrometerImageryMetrics metrics;
  private final Clock clock;

  /** Called once per execution environment by the Lambda runtime. */
  public ImageryLambdaHandler() {
    this(System.getenv());
  }

  ImageryLambdaHandler(Map<String, String> environment) {
    this(LambdaSettings.from(environment, SecretsManagerApiKey::read));
  }

  ImageryLambdaHandler(LambdaSettings settings) {
    LambdaComponents components = new LambdaComponents(settings);
    this.clock = components.clock;
    this.metrics = components.metrics;
    this.service = components.service;
    SqsJobQueue queue = components.queue;
    this.messageHandling = new MessageHandling(new DeadLetters(queue, settings.component(), clock));
    this.visibility = new SqsVisibility(components.sqs);
    log.info("imagery Lambda ready: {}", settings.imagery());
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
    for (SQSEvent.SQSMessage record : event.getRecords()) {
      Delivery delivery;
      try {
        ReceivedMessage received =
            ReceivedMessage.of(
                record.getMessageId(),
                record.getBody(),
                record.getAttributes(),
                record.getMessageAttributes(),
                SQSEvent.MessageAttribute::getStringValue);
        received
            .sent()
            .ifPresent(sent -> metrics.queueLag(Duration.between(sent, clock.instant())));
        // Decides and logs (one line for an expected retry, ERROR with the stack trace for an
        // unclassified fault).
        delivery =
            messageHandling.process(
                Queues.SATELLITE_PAGE_JOBS_NAME,
                received,
                visibility.of(record.getEventSourceArn(), record.getReceiptHandle()),
                body -> service.handle(Json.read(body, SatellitePageJob.class)),
                // Last receive before the redrive policy moves it to the DLQ: say so, so the book
                // shows as blocked.
                (body, failure) ->
                    service.giveUp(Json.read(body, SatellitePageJob.class), failure));
      } catch (
          RuntimeException
              e) { // outside MessageHandling (an unreadable record): a fault, kept for retry
        log.error("record {} could not be handled, reported for retry", record.getMessageId(), e);
        delivery = Delivery.RETRY;
      }
      if (!delivery.acknowledged()) { // this record alone goes back to the queue
        failures.add(
            SQSBatchResponse.BatchItemFailure.builder()
                .withItemIdentifier(record.getMessageId())
                .build());
      }
    }
    // The runtime may freeze the environment once this returns: the batch's spans go out now.
    Tracing.flush();
    return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
  }
}
