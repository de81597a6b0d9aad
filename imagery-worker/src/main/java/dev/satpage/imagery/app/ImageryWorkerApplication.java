package dev.satpage.imagery.app;

import dev.satpage.aws.spring.SatpageApps;
import dev.satpage.aws.spring.SatpageAwsConfiguration;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The imagery worker: listens on {@code satpage-satellite-page-jobs}, configured by {@code
 * imagery-worker.yml}.
 */
@SpringBootApplication
@Import({SatpageAwsConfiguration.class, ImageryWorkerConfiguration.class})
public class ImageryWorkerApplication {
  public static void main(String[] args) {
    start(Map.of(), args);
  }

  /**
   * Starts the worker without a web server; {@code properties} (e.g. devstack's {@code
   * endpointProperties()}) override {@code imagery-worker.yml} and the environment.
   */
  public static ConfigurableApplicationContext start(Map<String, ?> properties, String... args) {
    return SatpageApps.run(ImageryWorkerApplication.class, "imagery-worker", properties, args);
  }
}
