package dev.satpage.infra.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * A component's environment against the settings its application reads: for a Spring Boot app bound
 * by Spring Boot's own relaxed binding for environment variables, for a Lambda function by the
 * exact names its settings class reads. Every {@code SATPAGE_*} variable must set a setting the app
 * reads, and every required setting must be set.
 */
final class SettingsConsistency {
  /** Not app settings, but read by the JVM. */
  static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

  private SettingsConsistency() {}

  static List<String> violations(Component c, Set<String> envNames, AppSources app) {
    List<String> out = new ArrayList<>();
    Set<String> known = new TreeSet<>(c.isLambda() ? app.environmentNames() : app.settings());
    Set<String> set = new TreeSet<>();
    for (String env : envNames) {
      if (JVM_VARIABLES.contains(env)) {
        continue;
      }
      Set<String> binds =
          c.isLambda() ? (known.contains(env) ? Set.of(env) : Set.of()) : bindings(env, known);
      if (binds.isEmpty()) {
        out.add(c.module() + ": " + env + " sets no setting the app reads");
      }
      set.addAll(binds);
    }
    for (Set<String> alternatives : c.required()) {
      if (alternatives.stream().noneMatch(set::contains)) {
        out.add(
            c.module()
                + ": nothing in its environment sets "
                + String.join(" or ", new TreeSet<>(alternatives)));
      }
      if (alternatives.stream().noneMatch(known::contains)) {
        out.add(
            c.module()
                + ": the app no longer reads "
                + String.join(" or ", new TreeSet<>(alternatives))
                + " (update Component.required)");
      }
    }
    return out;
  }

  /**
   * The settings among {@code candidates} that the environment variable {@code env} sets, as Spring
   * Boot binds it.
   */
  static Set<String> bindings(String env, Set<String> candidates) {
    var source =
        new SystemEnvironmentPropertySource(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(env, "value"));
    Set<String> out = new TreeSet<>();
    for (ConfigurationPropertySource s : ConfigurationPropertySources.from(source)) {
      for (String candidate : candidates) {
        if (s.getConfigurationProperty(ConfigurationPropertyName.of(candidate)) != null) {
          out.add(candidate);
        }
      }
    }
    return out;
  }
}
