package dev.satpage.e2e.load;

import dev.satpage.e2e.process.ComponentProcess;
import dev.satpage.e2e.process.Fleet;
import dev.satpage.model.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The S3 and SQS requests each component has sent, by {@code "Service Operation"}: read from the
 * component's {@code /metrics/aws-calls} on its {@code satpage.health.port} (shared-aws's {@code
 * AwsCallMetrics}), and turned into calls per book.
 */
public final class AwsCalls {
  static final String PORT_ARG = "--satpage.health.port=";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private AwsCalls() {}

  /** Each running component's counts now; a component without a health port is left out. */
  public static Map<String, Map<String, Long>> read(Fleet fleet) {
    Map<String, Map<String, Long>> all = new LinkedHashMap<>();
    for (ComponentProcess p : fleet.processes()) {
      port(p.spec().args()).flatMap(AwsCalls::fetch).ifPresent(c -> all.put(p.name(), c));
    }
    return all;
  }

  static Optional<Integer> port(List<String> args) {
    return args.stream()
        .filter(a -> a.startsWith(PORT_ARG))
        .map(a -> Integer.parseInt(a.substring(PORT_ARG.length())))
        .filter(p -> p > 0)
        .findFirst();
  }

  static Optional<Map<String, Long>> fetch(int port) {
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics/aws-calls"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        return Optional.empty();
      }
      Map<String, Long> counts = new TreeMap<>();
      Map<?, ?> served = Json.read(r.body(), Map.class);
      served.forEach((op, n) -> counts.put(op.toString(), ((Number) n).longValue()));
      return Optional.of(counts);
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** The counts of {@code now} minus those of {@code before} (the warm-up), zeros dropped. */
  public static Map<String, Map<String, Long>> since(
      Map<String, Map<String, Long>> now, Map<String, Map<String, Long>> before) {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    now.forEach(
        (component, counts) -> {
          Map<String, Long> earlier = before.getOrDefault(component, Map.of());
          Map<String, Long> diff = new TreeMap<>();
          counts.forEach(
              (op, n) -> {
                long d = n - earlier.getOrDefault(op, 0L);
                if (d > 0) {
                  diff.put(op, d);
                }
              });
          out.put(component, diff);
        });
    return out;
  }

  /** The table of calls per rendered book, per run, component and operation. */
  static String markdown(List<RunResult> runs) {
    StringBuilder md =
        new StringBuilder(
            "\nS3 and SQS requests per book (retries included; SQS receives include empty polls):\n\n"
                + "| run | process | operation | requests | per book |\n|---|---|---|---|---|\n");
    for (RunResult r : runs) {
      r.awsCalls()
          .forEach(
              (component, counts) ->
                  counts.forEach(
                      (op, n) ->
                          md.append(
                              String.format(
                                  Locale.ROOT,
                                  "| %s | %s | %s | %d | %.2f |%n",
                                  r.label(),
                                  component,
                                  op,
                                  n,
                                  r.booksRendered() == 0 ? 0.0 : (double) n / r.booksRendered()))));
    }
    return md.toString();
  }
}
