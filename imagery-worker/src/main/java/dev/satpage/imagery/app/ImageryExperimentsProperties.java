package dev.satpage.imagery.app;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code satpage.imagery.experiments.<name>.*}: the experiments on the imagery path, none by
 * default.
 */
@ConfigurationProperties("satpage.imagery")
public record ImageryExperimentsProperties(Map<String, ExperimentProperties> experiments) {
  public ImageryExperimentsProperties {
    experiments = experiments == null ? Map.of() : new TreeMap<>(experiments);
  }
}
