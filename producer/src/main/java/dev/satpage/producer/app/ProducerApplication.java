package dev.satpage.producer.app;

import dev.satpage.aws.spring.SatpageApps;
import dev.satpage.aws.spring.SatpageAwsConfiguration;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The producer process: order intake and the fan-in coordinator (SQS listeners), and the preview
 * API for the web shop (HTTP, {@code server.port}, default 8080). Configured by producer.yml.
 */
@SpringBootApplication
@Import(SatpageAwsConfiguration.class)
public class ProducerApplication {
  public static void main(String[] args) {
    start(Map.of(), args);
  }

  /**
   * Starts the producer with extra properties (devstack endpoints, for example) on top of
   * producer.yml.
   */
  public static ConfigurableApplicationContext start(Map<String, ?> properties, String... args) {
    return SatpageApps.run(
        ProducerApplication.class, "producer", WebApplicationType.SERVLET, properties, args);
  }
}
