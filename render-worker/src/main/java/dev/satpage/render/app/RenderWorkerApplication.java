package dev.satpage.render.app;

import dev.satpage.aws.spring.SatpageApps;
import dev.satpage.aws.spring.SatpageAwsConfiguration;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The render worker: listens on {@code satpage-render-jobs}, renders preview pages or print PDFs,
 * emits {@code book-rendered} (and {@code print-ready} for print books).
 */
@SpringBootApplication
@Import(SatpageAwsConfiguration.class)
public class RenderWorkerApplication {
  /**
   * Starts the worker with {@code properties} layered over {@code render-worker.yml} (e2e and tests
   * pass devstack's endpoints here). The config file is not {@code application.yml} so several apps
   * can share one classpath.
   */
  public static ConfigurableApplicationContext start(Map<String, ?> properties, String... args) {
    return SatpageApps.run(RenderWorkerApplication.class, "render-worker", properties, args);
  }

  public static void main(String[] args) {
    // Pages are drawn with Java2D; a worker has no display.
    System.setProperty("java.awt.headless", "true");
    start(Map.of(), args);
  }
}
