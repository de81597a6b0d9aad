package dev.satpage.producer.app;

import dev.satpage.aws.metrics.EmbeddedMetrics;
import dev.satpage.aws.sqs.MessageHandling;
import dev.satpage.aws.trace.Tracing;
import dev.satpage.model.gate.OnceGate;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.LinkSigner;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.status.BookStatusReader;
import dev.satpage.producer.access.ApiGate;
import dev.satpage.producer.access.ClientKeys;
import dev.satpage.producer.access.RateLimiter;
import dev.satpage.producer.coordinator.Coordinator;
import dev.satpage.producer.intake.OrderIntake;
import dev.satpage.producer.intake.ProductCatalog;
import dev.satpage.producer.preview.PreviewService;
import dev.satpage.producer.status.StuckBookReport;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The producer's composition root: the pure services wired to the S3 and SQS adapters, the web API
 * and metrics.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(PreviewApiProperties.class)
class ProducerConfiguration {
  /**
   * The routes behind the access checks; {@code /openapi.yaml} and {@code /actuator/health} stay
   * open.
   */
  static final String[] API_PATHS = {"/previews", "/previews/**", "/books/**"};

  /**
   * Refuses to start without a configured client: an API nobody can call is a misconfiguration, not
   * a default.
   */
  @Bean
  ApiGate apiGate(PreviewApiProperties properties, Clock clock) {
    return new ApiGate(
        ClientKeys.parse(properties.clients()),
        new RateLimiter(
            properties.rateLimit().requestsPerSecond(), properties.rateLimit().burst(), clock),
        properties.maxRequestBytes());
  }

  @Bean
  WebMvcConfigurer apiAccess(ApiGate gate) {
    return new WebMvcConfigurer() {
      @Override
      public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiAccessInterceptor(gate)).addPathPatterns(API_PATHS);
      }
    };
  }

  @Bean
  FilterRegistrationBean<BoundedBodyFilter> boundedBody(ApiGate gate) {
    FilterRegistrationBean<BoundedBodyFilter> bean =
        new FilterRegistrationBean<>(new BoundedBodyFilter(gate.maxRequestBytes()));
    bean.addUrlPatterns("/previews", "/previews/*", "/books/*");
    return bean;
  }

  /**
   * Tomcat's own refusals (a malformed request target, an over-long header…) as problems, not HTML.
   */
  @Bean
  ContainerProblems containerProblems() {
    return new ContainerProblems();
  }

  @Bean
  OrderIntake orderIntake(ObjectStore store, JobQueue queue, Clock clock) {
    return new OrderIntake(new ProductCatalog(), store, queue, clock);
  }

  @Bean
  Coordinator coordinator(
      ObjectStore store,
      JobQueue queue,
      Clock clock,
      MeterRegistry registry,
      @Value("${satpage.coordinator.dispatch-claim-stale-after:PT2M}") Duration staleAfter) {
    return new Coordinator(
        store,
        queue,
        new OnceGate(store, clock, staleAfter),
        clock,
        new CoordinatorMetrics(registry),
        // the store calls of one round trip, made at once on virtual threads, stay in the trace
        // of the completion they serve
        Tracing.carryingContext(Thread.ofVirtual().factory()));
  }

  @Bean
  BookStatusReader bookStatusReader(ObjectStore store) {
    return new BookStatusReader(store);
  }

  @Bean
  PreviewService previewService(
      OrderIntake intake,
      BookStatusReader reader,
      LinkSigner links,
      Clock clock,
      @Value("${satpage.preview.link-validity:PT10M}") Duration linkValidity) {
    return new PreviewService(intake, reader, links, clock, linkValidity);
  }

  @Bean
  StuckBookReport stuckBookReport(
      ObjectStore store,
      BookStatusReader reader,
      Clock clock,
      @Value("${satpage.coordinator.stuck-after:PT15M}") Duration deadline) {
    return new StuckBookReport(store, reader, clock, deadline);
  }

  /**
   * With {@code satpage.metrics.emf.enabled=true} (set by the Terraform task definition) each scan
   * also prints its counts as CloudWatch EMF, which the {@code books-stuck} alarm watches; locally
   * it stays off.
   */
  @Bean
  StuckBookMonitor stuckBookMonitor(
      StuckBookReport report,
      MeterRegistry registry,
      Clock clock,
      @Value("${satpage.metrics.emf.enabled:false}") boolean emf,
      @Value("${satpage.metrics.emf.namespace:satpage}") String namespace) {
    return new StuckBookMonitor(
        report,
        registry,
        emf
            ? java.util.Optional.of(new EmbeddedMetrics(namespace, System.out))
            : java.util.Optional.empty(),
        clock);
  }

  @Bean
  ProducerListeners producerListeners(
      MessageHandling handling, OrderIntake intake, Coordinator coordinator) {
    return new ProducerListeners(handling, intake, coordinator);
  }
}
