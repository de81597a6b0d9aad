package dev.satpage.aws.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a satpage Spring Boot app the same way everywhere (its own main, the e2e pipeline, tests):
 * no web server, its own config file ({@code <configName>.yml}, never {@code application.yml}, so
 * every app can share one classpath), and {@code overrides} applied with command-line precedence —
 * above the yml and the environment — so devstack's endpoints always win over defaults.
 */
public final class SatpageApps {
  private SatpageApps() {}

  public static ConfigurableApplicationContext run(
      Class<?> application, String configName, Map<String, ?> overrides, String... args) {
    return run(application, configName, WebApplicationType.NONE, overrides, args);
  }

  /**
   * As {@link #run(Class, String, Map, String...)}, for an app that serves HTTP ({@code SERVLET}).
   */
  public static ConfigurableApplicationContext run(
      Class<?> application,
      String configName,
      WebApplicationType web,
      Map<String, ?> overrides,
      String... args) {
    List<String> all = new ArrayList<>();
    overrides.forEach((k, v) -> all.add("--" + k + "=" + v));
    all.addAll(List.of(args));
    return new SpringApplicationBuilder(application)
        .web(web)
        // Default properties (lowest precedence). Spring Cloud AWS configures a
        // SecretsManagerClient whenever the SDK's secretsmanager module is on the classpath (the
        // imagery Lambda handler brings it; e2e runs every app on one classpath), and fails without
        // a region; no satpage app reads Spring config from Secrets Manager.
        .properties(
            "spring.config.name=" + configName, "spring.cloud.aws.secretsmanager.enabled=false")
        .run(all.toArray(String[]::new));
  }
}
