package dev.satpage.aws.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.aws.metrics.AwsCallMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The endpoint over real HTTP, asked by the probe the images run: UP with every listener running,
 * DOWN naming one.
 */
class HealthEndpointTest {
  static final AwsCallMetrics CALLS = new AwsCallMetrics(new SimpleMeterRegistry());

  /** Stands in for an SQS listener container: a lifecycle bean that can stop on its own. */
  static final class Listener implements SmartLifecycle {
    volatile boolean running;

    @Override
    public void start() {
      running = true;
    }

    @Override
    public void stop() {
      running = false;
    }

    @Override
    public boolean isRunning() {
      return running;
    }
  }

  @Test
  void up_whileEveryAutoStartedLifecycleRuns_downNamingTheOneThatStopped() {
    try (GenericApplicationContext context = new GenericApplicationContext()) {
      context.registerBean("jobListener", Listener.class);
      context.registerBean(HealthEndpoint.class, () -> new HealthEndpoint(context, CALLS, 0));
      context.refresh();
      URI health =
          URI.create(
              "http://127.0.0.1:" + context.getBean(HealthEndpoint.class).port() + "/health");

      assertThat(HealthProbe.healthy(health)).isTrue();

      context.getBean(Listener.class).stop();
      assertThat(HealthProbe.healthy(health)).isFalse();
      assertThat(context.getBean(HealthEndpoint.class).stopped()).containsExactly("jobListener");
    }
  }

  @Test
  void offByDefault_listensNowhere() {
    try (GenericApplicationContext context = new GenericApplicationContext()) {
      context.registerBean(HealthEndpoint.class, () -> new HealthEndpoint(context, CALLS, -1));
      context.refresh();
      assertThat(context.getBean(HealthEndpoint.class).port()).isEqualTo(-1);
    }
  }
}
