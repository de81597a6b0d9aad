package dev.satpage.e2e.chaos;

/**
 * {@code ./satpage chaos [--short]}: load with SIGKILLs, duplicate orders, provider faults and an S3 restart, then the
 * invariant check, a lossless DLQ replay, and the check again. Exit 0 only when no invariant was violated.
 */
public final class ChaosMain {
  private ChaosMain() {}

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    // Devstack runs in this JVM; its servers are chatty at INFO and the console is for the chaos report.
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    ChaosOptions options;
    try {
      options = ChaosOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("chaos: " + e.getMessage() + "\n" + ChaosOptions.USAGE);
      System.exit(2);
      return;
    }
    System.out.println("chaos: seed " + options.seed() + ", " + options.books() + " books at " + options.rate() + "/s");
    ChaosReport report = new ChaosRun(options).run();
    System.out.println(report.text());
    System.exit(report.ok() ? 0 : 1);
  }
}
