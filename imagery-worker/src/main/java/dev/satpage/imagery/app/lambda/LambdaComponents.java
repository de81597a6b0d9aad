package dev.satpage.imagery.app.lambda;

import dev.satpage.aws.AwsClients;
import dev.satpage.aws.metrics.EmbeddedMetrics;
import dev.satpage.aws.s3.S3ObjectStore;
import dev.satpage.aws.sqs.SqsJobQueue;
import dev.satpage.aws.trace.Tracing;
import dev.satpage.imagery.ImageryMetrics;
import dev.satpage.imagery.ImageryService;
import dev.satpage.imagery.app.EmfImageryMetrics;
import dev.satpage.imagery.app.ExperimentComponents;
import dev.satpage.imagery.app.ImageryComponents;
import dev.satpage.imagery.app.MicrometerImageryMetrics;
import dev.satpage.imagery.codec.Codecs;
import dev.satpage.imagery.codec.JpegCodec;
import dev.satpage.imagery.experiment.Experiments;
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
    // Experiments run inline, after the job's completion was sent and before the invocation ends:
    // that adds the candidate's page (seconds) to the invocation's billed duration and to the
    // batch's wait before the mapping deletes its messages, and it must fit the function timeout,
    // or the batch is retried (harmless: the control's page is then served from S3 and announced
    // again, which the coordinator absorbs). Sampling, rate and budget bound how often.
    Experiments experiments =
        ExperimentComponents.experiments(
            settings.imagery(),
            settings.experiments(),
            codec,
            store,
            clock,
            pageMetrics,
            Experiments.Launcher.INLINE);
    this.service =
        ImageryComponents.service(
            settings.imagery(),
            ImageryComponents.pageFetcher(settings.imagery(), metrics::providerResponse),
            codec,
            store,
            queue,
            clock,
            pageMetrics,
            experiments);
  }
}
