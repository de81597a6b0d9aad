package dev.satpage.imagery.app.lambda;

import dev.satpage.aws.AwsClients;
import dev.satpage.aws.metrics.EmbeddedMetrics;
import dev.satpage.aws.s3.S3ObjectStore;
import dev.satpage.aws.sqs.SqsJobQueue;
import dev.satpage.aws.trace.Tracing;
import dev.satpage.imagery.ImageryMetrics;
import dev.satpage.imagery.ImageryService;
import dev.satpage.imagery.app.EmfImageryMetrics;
import dev.satpage.imagery.app.ImageryComponents;
import dev.satpage.imagery.app.MicrometerImageryMetrics;
import dev.satpage.imagery.codec.Codecs;
import dev.satpage.imagery.codec.JpegCodec;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * What both Lambda handlers (the SQS consumer {@link ImageryLambdaHandler} and the function URL
 * {@link SatellitePageFunctionHandler}) build once at init from {@link LambdaSettings}: clients,
 * codec, metrics and the one {@link ImageryService}.
 */
final class LambdaComponents {
  final LambdaSettings settings;
  final Clock clock;
  final SqsClient sqs;
  final SqsJobQueue queue;
  final MicrometerImageryMetrics metrics;
  final ImageryService service;

  LambdaComponents(LambdaSettings settings) {
    this.settings = settings;
    this.clock = Clock.systemUTC();
    // Traces go out over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set (an ADOT collector
    // layer, say); otherwise the SDK is not even loaded (Tracing).
    Tracing.install(System.getenv(), settings.component());
    this.sqs = AwsClients.sqs(settings.aws());
    this.queue = new SqsJobQueue(sqs);
    S3ObjectStore store = new S3ObjectStore(AwsClients.s3(settings.aws()), settings.bucket());
    JpegCodec codec = Codecs.choose(settings.imagery().codec());
    // The meters stay in memory; with SATPAGE_METRICS_EMF_NAMESPACE set (Terraform does) each
    // page's metrics are also printed as CloudWatch EMF, which the Lambda log pipeline turns into
    // CloudWatch metrics.
    this.metrics =
        new MicrometerImageryMetrics(
            new SimpleMeterRegistry(), codec.name(), settings.imagery().provider());
    ImageryMetrics pageMetrics =
        settings.emfNamespace() == null
            ? metrics
            : new EmfImageryMetrics(
                metrics,
                new EmbeddedMetrics(settings.emfNamespace(), System.out),
                settings.imagery().provider(),
                clock);
    this.service =
        ImageryComponents.service(
            settings.imagery(),
            ImageryComponents.pageFetcher(settings.imagery(), metrics),
            codec,
            store,
            queue,
            clock,
            pageMetrics);
  }
}
