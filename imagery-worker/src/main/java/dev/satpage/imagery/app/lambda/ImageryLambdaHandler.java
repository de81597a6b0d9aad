package dev.satpage.imagery.app.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.satpage.aws.AwsClients;
import dev.satpage.aws.metrics.EmbeddedMetrics;
import dev.satpage.aws.s3.S3ObjectStore;
import dev.satpage.aws.sqs.DeadLetters;
import dev.satpage.aws.sqs.MessageHandling;
import dev.satpage.aws.sqs.SqsJobQueue;
import dev.satpage.imagery.ImageryMetrics;
import dev.satpage.imagery.ImageryService;
import dev.satpage.imagery.app.EmfImageryMetrics;
import dev.satpage.imagery.app.ImageryComponents;
import dev.satpage.imagery.app.MicrometerImageryMetrics;
import dev.satpage.imagery.codec.Codecs;
import dev.satpage.imagery.codec.JpegCodec;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.queue.Queues;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The imagery worker as an AWS Lambda function on {@code satpage-satellite-page-jobs} (runtime {@code java25}, event
 * source mapping with {@code ReportBatchItemFailures}). Clients, codec and service are built once, in the constructor
 * the runtime calls at init; each record is handled in its own try/catch by the same {@link MessageHandling} as the
 * Spring listener, and exactly the records that failed transiently are returned as {@code batchItemFailures}
 * (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html). Permanent failures are dead-lettered
 * with their reason and count as handled, so they are deleted instead of retried.
 *
 * <p>No visibility heartbeat here: the function timeout (≤ 15 min) bounds a job, and the queue's visibility timeout must
 * be at least the function timeout (AWS recommends six times it), so the message cannot reappear mid-job.
 */
public final class ImageryLambdaHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
  private static final Logger log = LoggerFactory.getLogger(ImageryLambdaHandler.class);

  private final ImageryService service;
  private final MessageHandling messageHandling;
  private final MicrometerImageryMetrics metrics;
  private final Clock clock;

  /** Called once per execution environment by the Lambda runtime. */
  public ImageryLambdaHandler() {
    this(LambdaSettings.from(System.getenv()));
  }

  ImageryLambdaHandler(LambdaSettings settings) {
    this.clock = Clock.systemUTC();
    S3Client s3 = AwsClients.s3(settings.aws());
    SqsClient sqs = AwsClients.sqs(settings.aws());
    S3ObjectStore store = new S3ObjectStore(s3, settings.bucket());
    SqsJobQueue queue = new SqsJobQueue(sqs);
    JpegCodec codec = Codecs.choose(settings.imagery().codec());
    // The meters stay in memory; with SATPAGE_METRICS_EMF_NAMESPACE set (Terraform does) each page's metrics are also
    // printed as CloudWatch EMF, which the Lambda log pipeline turns into CloudWatch metrics.
    this.metrics = new MicrometerImageryMetrics(new SimpleMeterRegistry(), codec.name(), settings.imagery().provider());
    ImageryMetrics pageMetrics = settings.emfNamespace() == null ? metrics : new EmfImageryMetrics(metrics,
        new EmbeddedMetrics(settings.emfNamespace(), System.out), settings.imagery().provider(), clock);
    this.service = ImageryComponents.service(settings.imagery(), ImageryComponents.pageFetcher(settings.imagery(),
        metrics), codec, store, s3, queue, clock, pageMetrics);
    this.messageHandling = new MessageHandling(new DeadLetters(queue, settings.component(), clock));
    log.info("imagery Lambda ready: {}", settings.imagery());
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
    for (SQSEvent.SQSMessage record : event.getRecords()) {
      try {
        lag(record);
        messageHandling.process(Queues.SATELLITE_PAGE_JOBS_NAME, record.getMessageId(), record.getBody(),
            attributes(record), body -> service.handle(Json.read(body, SatellitePageJob.class)));
      } catch (RuntimeException e) { // transient: this record alone goes back to the queue
        log.warn("record {} failed transiently, reported for retry: {}", record.getMessageId(), e.toString());
        failures.add(SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(record.getMessageId()).build());
      }
    }
    return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
  }

  private void lag(SQSEvent.SQSMessage record) {
    String sent = record.getAttributes() == null ? null : record.getAttributes().get("SentTimestamp");
    if (sent != null) {
      try {
        metrics.queueLag(Duration.between(Instant.ofEpochMilli(Long.parseLong(sent)), clock.instant()));
      } catch (NumberFormatException ignored) { // a lag we cannot read is not worth failing the record for
      }
    }
  }

  private static Map<String, String> attributes(SQSEvent.SQSMessage record) {
    Map<String, String> attributes = new HashMap<>();
    if (record.getMessageAttributes() != null) {
      record.getMessageAttributes().forEach((name, value) -> {
        if (value != null && value.getStringValue() != null) {
          attributes.put(name, value.getStringValue());
        }
      });
    }
    return attributes;
  }
}
