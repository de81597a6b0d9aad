package dev.satpage.console.app;

import dev.satpage.ops.cli.ConnectionOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./satpage console}: serves the ops console until interrupted. */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    description = "The ops console in the browser: queues, dead letters and replay, books.")
public final class ConsoleMain implements Callable<Integer> {
  @Mixin ConnectionOptions connection;

  @Option(
      names = "--clients",
      split = ",",
      defaultValue = "${env:SATPAGE_CONSOLE_CLIENTS}",
      description =
          "client entries <id>:<sha256-hex>:ops[+…], comma-separated (default: $SATPAGE_CONSOLE_CLIENTS)")
  List<String> clients = new ArrayList<>();

  @Option(
      names = "--bind",
      defaultValue = ConsoleSettings.DEFAULT_BIND,
      description = "address to listen on (default: ${DEFAULT-VALUE})")
  String bind;

  @Option(
      names = "--port",
      defaultValue = "" + ConsoleSettings.DEFAULT_PORT,
      description = "port (default: ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--stuck-after-minutes",
      defaultValue = "15",
      description = "a book is stuck this long after acceptance (default: ${DEFAULT-VALUE})")
  int stuckAfterMinutes;

  @Option(
      names = "--secure-cookie",
      description = "mark the session cookie Secure (when served behind HTTPS)")
  boolean secureCookie;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ConsoleMain()).execute(args));
  }

  @Override
  public Integer call() throws InterruptedException {
    ConsoleSettings settings =
        new ConsoleSettings(
            connection.connection(),
            clients,
            bind,
            port,
            ConsoleSettings.DEFAULT_SESSION_TTL,
            Duration.ofMinutes(stuckAfterMinutes),
            ConsoleSettings.DEFAULT_REFRESH,
            secureCookie);
    try (ConsoleApplication app = ConsoleApplication.start(settings)) {
      System.out.println("satpage console at " + app.uri() + "/ (Ctrl-C to stop)");
      new CountDownLatch(1).await();
    }
    return 0;
  }
}
