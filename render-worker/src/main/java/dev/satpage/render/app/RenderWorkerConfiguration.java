package dev.satpage.render.app;

import dev.satpage.aws.spring.WorkerListenerContainers;
import dev.satpage.model.gate.OnceGate;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.render.page.JpegPageRenderer;
import dev.satpage.render.page.PageRenderer;
import dev.satpage.render.print.PdfBookRenderer;
import dev.satpage.render.service.RenderService;
import dev.satpage.render.text.FontChain;
import io.awspring.cloud.sqs.config.SqsMessageListenerContainerFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * The one place the render worker is wired: print fonts, preview renderer, print renderer (with the
 * printhouse profile), gate and service over the shared AWS beans.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RenderProperties.class)
public class RenderWorkerConfiguration {
  static final String LISTENER_FACTORY = "renderListenerContainerFactory";

  /**
   * A graceful shutdown waits this long for books in flight: Spring Cloud AWS's default, as before.
   */
  static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(20);

  /**
   * The render-jobs listener container: a free slot receives the next job at once ({@link
   * WorkerListenerContainers}).
   */
  @Bean(LISTENER_FACTORY)
  SqsMessageListenerContainerFactory<Object> renderListenerContainerFactory(
      SqsAsyncClient sqs, Environment environment) {
    return WorkerListenerContainers.factory(sqs, environment, SHUTDOWN_TIMEOUT);
  }

  @Bean
  PageRenderer pageRenderer(RenderProperties properties) {
    // The preview shows the trimmed page the printhouse prints: the same margins as the print file.
    return new JpegPageRenderer(
        properties.pageFormat(), properties.print().printProfile().margins());
  }

  /**
   * The print fonts from Debian's font folder: a missing package or a gap in coverage stops the
   * start-up here.
   */
  @Bean
  FontChain fontChain() {
    return FontChain.load();
  }

  @Bean
  RenderService renderService(
      ObjectStore store,
      JobQueue queue,
      PageRenderer renderer,
      FontChain fonts,
      Clock clock,
      RenderProperties properties) {
    OnceGate gate = new OnceGate(store, clock, properties.gateStaleAfter());
    return new RenderService(
        store,
        queue,
        renderer,
        fonts,
        new PdfBookRenderer(properties.print().printProfile(), fonts),
        gate,
        clock,
        "render-worker-" + UUID.randomUUID());
  }
}
