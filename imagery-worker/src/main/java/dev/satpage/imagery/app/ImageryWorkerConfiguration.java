package dev.satpage.imagery.app;

import dev.satpage.aws.metrics.EmbeddedMetrics;
import dev.satpage.aws.spring.WorkerListenerContainers;
import dev.satpage.aws.sqs.MessageHandling;
import dev.satpage.imagery.ImageryMetrics;
import dev.satpage.imagery.ImageryService;
import dev.satpage.imagery.api.SatellitePageApi;
import dev.satpage.imagery.codec.Codecs;
import dev.satpage.imagery.codec.JpegCodec;
import dev.satpage.imagery.experiment.Experiments;
import dev.satpage.imagery.fetch.PageFetcher;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.LinkSigner;
import dev.satpage.model.port.ObjectStore;
import io.awspring.cloud.sqs.config.SqsMessageListenerContainerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * The imagery worker's wiring: the one place that chooses the provider, the codec and the adapters
 * for the core.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ImageryProperties.class, ImageryExperimentsProperties.class})
public class ImageryWorkerConfiguration {
  static final String LISTENER_FACTORY = "imageryListenerContainerFactory";

  /**
   * The listener container ({@link WorkerListenerContainers}: a free slot receives the next page at
   * once, whatever the other slot is doing). On shutdown it waits for in-flight pages to finish
   * before the context closes (graceful shutdown; beyond the wait they are redelivered after their
   * visibility timeout, which is safe because outputs are content-addressed).
   */
  @Bean(LISTENER_FACTORY)
  SqsMessageListenerContainerFactory<Object> imageryListenerContainerFactory(
      SqsAsyncClient sqs,
      Environment environment,
      @Value("${satpage.imagery.listener.shutdown-timeout:PT90S}") Duration shutdownTimeout) {
    return WorkerListenerContainers.factory(sqs, environment, shutdownTimeout);
  }

  @Bean(destroyMethod = "close")
  VisibilityHeartbeat visibilityHeartbeat(
      @Value("${satpage.imagery.listener.heartbeat-interval:PT40S}") Duration interval,
      @Value("${satpage.imagery.listener.visibility-extension:PT120S}") Duration extension) {
    return new VisibilityHeartbeat(interval, extension);
  }

  @Bean
  JpegCodec jpegCodec(ImageryProperties properties) {
    return Codecs.choose(properties.codec());
  }

  /**
   * A registry when the host app brings none (no actuator here); a deployment adds its exporter's
   * registry.
   */
  @Bean
  @ConditionalOnMissingBean
  MeterRegistry meterRegistry() {
    return new SimpleMeterRegistry();
  }

  @Bean
  MicrometerImageryMetrics imageryMetrics(
      MeterRegistry registry, ImageryProperties properties, JpegCodec codec) {
    return new MicrometerImageryMetrics(registry, codec.name(), properties.provider());
  }

  @Bean
  PageFetcher pageFetcher(ImageryProperties properties, MicrometerImageryMetrics metrics) {
    return ImageryComponents.pageFetcher(properties, metrics::providerResponse);
  }

  @Bean(destroyMethod = "close")
  ExperimentExecutor experimentExecutor() {
    return new ExperimentExecutor();
  }

  /**
   * The page metrics: with {@code satpage.metrics.emf.namespace} set, each page's (and each
   * experiment comparison's) metrics are also printed as CloudWatch EMF.
   */
  @Bean
  @Primary // the one ImageryMetrics the core gets (MicrometerImageryMetrics is one too)
  ImageryMetrics pageMetrics(
      ImageryProperties properties,
      MicrometerImageryMetrics metrics,
      Clock clock,
      @Value("${satpage.metrics.emf.namespace:}") String emfNamespace) {
    return emfNamespace.isBlank()
        ? metrics
        : new EmfImageryMetrics(
            metrics, new EmbeddedMetrics(emfNamespace, System.out), properties.provider(), clock);
  }

  /**
   * The experiments of {@code satpage.imagery.experiments.*} (none by default), run on {@link
   * ExperimentExecutor}.
   */
  @Bean
  Experiments experiments(
      ImageryProperties properties,
      ImageryExperimentsProperties experiments,
      JpegCodec codec,
      ObjectStore store,
      Clock clock,
      ImageryMetrics pageMetrics,
      ExperimentExecutor executor) {
    return ExperimentComponents.experiments(
        properties, experiments.experiments(), codec, store, clock, pageMetrics, executor);
  }

  @Bean
  ImageryService imageryService(
      ImageryProperties properties,
      PageFetcher fetcher,
      JpegCodec codec,
      ObjectStore store,
      JobQueue queue,
      Clock clock,
      ImageryMetrics pageMetrics,
      Experiments experiments) {
    return ImageryComponents.service(
        properties, fetcher, codec, store, queue, clock, pageMetrics, experiments);
  }

  @Bean
  SatellitePageJobListener satellitePageJobListener(
      ImageryService service,
      MessageHandling messageHandling,
      VisibilityHeartbeat heartbeat,
      MicrometerImageryMetrics metrics,
      Clock clock) {
    return new SatellitePageJobListener(service, messageHandling, heartbeat, metrics, clock);
  }

  /**
   * {@code POST /satellite-pages}, the synchronous API, on {@code satpage.imagery.api.port}; off
   * (nothing listens) unless the port is set.
   */
  @Bean
  SatellitePageEndpoint satellitePageEndpoint(
      ImageryService service, LinkSigner links, @Value("${satpage.imagery.api.port:0}") int port) {
    return new SatellitePageEndpoint(new SatellitePageApi(service, links), port);
  }
}
