package dev.satpage.e2e.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsCallsTest {
  @Test
  void since_subtractsTheWarmUp_andDropsWhatDidNotGrow() {
    Map<String, Map<String, Long>> before =
        Map.of("producer", Map.of("S3 GetObject", 10L, "Sqs SendMessage", 4L));
    Map<String, Map<String, Long>> now =
        Map.of(
            "producer",
            Map.of("S3 GetObject", 30L, "Sqs SendMessage", 4L),
            "render-worker",
            Map.of("S3 PutObject", 3L));

    assertThat(AwsCalls.since(now, before))
        .containsEntry("producer", Map.of("S3 GetObject", 20L))
        .containsEntry("render-worker", Map.of("S3 PutObject", 3L));
  }

  @Test
  void fetch_readsTheCountsAComponentServes_andNothingFromAPortThatDoesNotAnswer()
      throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1);
    server.createContext(
        "/metrics/aws-calls",
        exchange -> {
          byte[] body = "{\"S3 GetObject\":7,\"Sqs SendMessage\":2}".getBytes(UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (exchange) {
            exchange.getResponseBody().write(body);
          }
        });
    server.start();
    int port = server.getAddress().getPort();
    try {
      assertThat(AwsCalls.fetch(port)).contains(Map.of("S3 GetObject", 7L, "Sqs SendMessage", 2L));
    } finally {
      server.stop(0);
    }
    assertThat(AwsCalls.fetch(port)).isEmpty();
  }

  @Test
  void port_isTheHealthPortArgument() {
    assertThat(AwsCalls.port(List.of("--server.port=0", "--satpage.health.port=4711")))
        .contains(4711);
    assertThat(AwsCalls.port(List.of("--satpage.health.port=-1"))).isEmpty();
    assertThat(AwsCalls.port(List.of("--server.port=0"))).isEmpty();
  }

  @Test
  void markdown_givesRequestsPerRenderedBook() {
    RunResult run =
        LoadReportTest.run("w1", 1.5, 2500)
            .withAwsCalls(Map.of("producer", Map.of("S3 GetObject", 25L)));
    Machine m = new Machine("Test CPU", 2, 23, "1 1 1", "JDK 25", Instant.EPOCH);

    assertThat(LoadReport.markdown(new LoadReport.Document(m, "1 1 1", 0, List.of(run))))
        .contains("| w1 | producer | S3 GetObject | 25 | 2.50 |");
  }
}
