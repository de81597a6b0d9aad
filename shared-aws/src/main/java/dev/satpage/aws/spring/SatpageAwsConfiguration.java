package dev.satpage.aws.spring;

import dev.satpage.aws.AwsClients;
import dev.satpage.aws.AwsSettings;
import dev.satpage.aws.health.HealthEndpoint;
import dev.satpage.aws.metrics.AwsCallMetrics;
import dev.satpage.aws.s3.S3LinkSigner;
import dev.satpage.aws.s3.S3ObjectStore;
import dev.satpage.aws.sqs.DeadLetters;
import dev.satpage.aws.sqs.MessageHandling;
import dev.satpage.aws.sqs.SqsJobQueue;
import dev.satpage.aws.trace.Tracing;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.LinkSigner;
import dev.satpage.model.port.ObjectStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The AWS side every satpage Spring Boot app shares: SDK clients built once from {@code
 * satpage.aws.*}, the object store of {@code satpage.bucket}, the job queue, and the failure
 * handling. The {@link SqsAsyncClient} bean is the one Spring Cloud AWS's listener containers use
 * (its auto-configuration backs off when one exists).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SatpageAwsProperties.class)
public class SatpageAwsConfiguration {
  @Bean
  AwsSettings awsSettings(SatpageAwsProperties properties) {
    return properties.toSettings();
  }

  /**
   * S3 and SQS requests by operation, in the app's meter registry (the producer's actuator one, the
   * imagery worker's own), or a registry of its own where the app has none (the render worker);
   * {@link HealthEndpoint} serves the counts.
   */
  @Bean
  AwsCallMetrics awsCallMetrics(ObjectProvider<MeterRegistry> registry) {
    return new AwsCallMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
  }

  @Bean(destroyMethod = "close")
  S3Client s3Client(AwsSettings settings, AwsCallMetrics calls) {
    return AwsClients.s3(settings, calls);
  }

  @Bean(destroyMethod = "close")
  SqsClient sqsClient(AwsSettings settings, AwsCallMetrics calls) {
    return AwsClients.sqs(settings, calls);
  }

  @Bean(destroyMethod = "close")
  SqsAsyncClient sqsAsyncClient(AwsSettings settings, AwsCallMetrics calls) {
    return AwsClients.sqsAsync(settings, calls);
  }

  /**
   * {@code GET /health} on {@code satpage.health.port} for container health checks, and {@code GET
   * /metrics/aws-calls}; off (no listener) unless the port is set (the images set 8081). Not named
   * healthEndpoint: that is Spring Boot Actuator's bean in the producer.
   */
  @Bean
  HealthEndpoint satpageHealthEndpoint(
      ApplicationContext context,
      AwsCallMetrics calls,
      @Value("${satpage.health.port:-1}") int port) {
    return new HealthEndpoint(context, calls, port);
  }

  /**
   * Traces: exported over OTLP when the environment names an endpoint ({@code
   * OTEL_EXPORTER_OTLP_ENDPOINT}, {@link Tracing}); otherwise no-op.
   */
  SatpageAwsConfiguration(
      @Value("${satpage.component:${spring.application.name:satpage}}") String component) {
    Tracing.install(System.getenv(), component);
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  ObjectStore objectStore(S3Client s3, @Value("${satpage.bucket}") String bucket) {
    return new S3ObjectStore(s3, bucket);
  }

  @Bean(destroyMethod = "close")
  S3Presigner s3Presigner(AwsSettings settings) {
    return AwsClients.presigner(settings);
  }

  @Bean
  LinkSigner linkSigner(S3Presigner presigner, @Value("${satpage.bucket}") String bucket) {
    return new S3LinkSigner(presigner, bucket);
  }

  @Bean
  JobQueue jobQueue(SqsClient sqs) {
    return new SqsJobQueue(sqs);
  }

  @Bean
  MessageHandling messageHandling(
      JobQueue jobQueue,
      Clock clock,
      @Value("${satpage.component:${spring.application.name:satpage}}") String component) {
    return new MessageHandling(new DeadLetters(jobQueue, component, clock));
  }
}
