package dev.satpage.e2e.chaos;

import dev.satpage.e2e.cli.Converters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./satpage chaos [--short]}: load with SIGKILLs, duplicate orders, provider faults and an
 * S3 restart, then the invariant check, a lossless DLQ replay, and the check again. Exit 0 only
 * when no invariant was violated.
 */
@Command(
    name = "chaos",
    mixinStandardHelpOptions = true,
    version = "satpage chaos 0.1",
    sortOptions = false,
    description =
        "Runs the load while it SIGKILLs and restarts components, delivers orders twice, injects provider "
            + "faults and restarts S3, then checks the invariants, replays the DLQs and checks again.",
    footer =
        "%nExit codes: 0 no invariant violated, 1 some invariant violated (see the report), 2 usage.")
public final class ChaosMain implements Callable<Integer> {
  @Option(
      names = "--short",
      description = "the CI-sized run (the runs are below); the options below override its values")
  boolean shortRun;

  @Option(
      names = "--books",
      paramLabel = "N",
      converter = Converters.PositiveInt.class,
      description = "books to order (default: the run's, below)")
  Integer books;

  @Option(
      names = "--rate",
      paramLabel = "BOOKS_PER_S",
      converter = Converters.PositiveDecimal.class,
      description = "books a second (default: the run's, below)")
  Double rate;

  @Option(
      names = "--chaos-minutes",
      paramLabel = "M",
      converter = Converters.Minutes.class,
      description =
          "how long kills and faults go on, fractions allowed (default: the run's, below)")
  Duration chaosWindow;

  @Option(
      names = "--quiesce-minutes",
      paramLabel = "M",
      converter = Converters.Minutes.class,
      description = "then how long to wait for every book to settle (default: the run's, below)")
  Duration quiesce;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description =
          "seed of every random choice, to repeat a run (default: the current time in ms, printed)")
  Long seed;

  @Option(
      names = "--out",
      defaultValue = "out/chaos",
      paramLabel = "DIR",
      description = "where the report goes (default: ${DEFAULT-VALUE})")
  Path out;

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    // Devstack runs in this JVM; its servers are chatty at INFO and the console is for the chaos
    // report.
    ((ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    System.exit(commandLine().execute(args));
  }

  /** The command, its help closing with the two runs' values as {@link ChaosOptions} has them. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new ChaosMain());
    var usage = cli.getCommandSpec().usageMessage();
    usage.footer(
        String.format(
            "%nThe standard run: %s.%nWith --short: %s.%n%s",
            describe(ChaosOptions.standard(0)),
            describe(ChaosOptions.shortRun(0)),
            usage.footer()[0]));
    return cli;
  }

  static String describe(ChaosOptions o) {
    return o.books()
        + " books at "
        + o.rate()
        + "/s, a kill every "
        + o.killEveryMin().toSeconds()
        + "-"
        + o.killEveryMax().toSeconds()
        + " s for "
        + time(o.chaosWindow())
        + ", up to "
        + time(o.quiesceTimeout())
        + " to settle, "
        + (o.visibilitySeconds() == 0
            ? "the production visibility timeouts"
            : o.visibilitySeconds() + " s visibility timeouts");
  }

  private static String time(Duration d) {
    return d.toSecondsPart() == 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
  }

  /**
   * The run the command line asks for: the standard or the short run, with the options given on
   * top.
   */
  ChaosOptions options() {
    long s = seed != null ? seed : System.currentTimeMillis();
    ChaosOptions o = shortRun ? ChaosOptions.shortRun(s) : ChaosOptions.standard(s);
    if (books != null) {
      o = o.withBooks(books);
    }
    if (rate != null) {
      o = o.withRate(rate);
    }
    o =
        o.withWindows(
            chaosWindow != null ? chaosWindow : o.chaosWindow(),
            quiesce != null ? quiesce : o.quiesceTimeout());
    return o.withOut(out);
  }

  @Override
  public Integer call() {
    ChaosOptions options = options();
    System.out.println(
        "chaos: seed "
            + options.seed()
            + ", "
            + options.books()
            + " books at "
            + options.rate()
            + "/s");
    ChaosReport report = new ChaosRun(options).run();
    System.out.println(report.text());
    return report.ok() ? 0 : 1;
  }
}
