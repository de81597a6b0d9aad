package dev.satpage.producer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.satpage.aws.metrics.EmbeddedMetrics;
import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.status.BookStatusReader;
import dev.satpage.model.testing.InMemoryJobQueue;
import dev.satpage.model.testing.InMemoryObjectStore;
import dev.satpage.producer.intake.OrderIntake;
import dev.satpage.producer.intake.ProductCatalog;
import dev.satpage.producer.status.StuckBookReport;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StuckBookMonitorTest {
  private final InMemoryObjectStore store = new InMemoryObjectStore("bucket");
  private final Instant placed = Instant.parse("2026-11-27T10:00:00Z");
  private final Clock late = Clock.fixed(placed.plus(Duration.ofMinutes(20)), ZoneOffset.UTC);

  @Test
  void eachScanSetsTheGauges_andPublishesTheCountsAsEmfForTheBooksStuckAlarm() throws Exception {
    OrderIntake intake =
        new OrderIntake(
            new ProductCatalog(),
            store,
            new InMemoryJobQueue(),
            Clock.fixed(placed, ZoneOffset.UTC));
    for (String book : List.of("b1", "b2")) {
      intake.handle(
          OrderPlaced.of(
              "o-" + book,
              placed,
              List.of(
                  new BookOrder(
                      book,
                      "satellite-adventure",
                      Purpose.PREVIEW,
                      new Personalisation("Ada", 51.5, 0.1)))));
    }
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    StuckBookMonitor monitor =
        new StuckBookMonitor(
            new StuckBookReport(store, new BookStatusReader(store), late, Duration.ofMinutes(15)),
            registry,
            Optional.of(
                new EmbeddedMetrics(
                    "satpage", new PrintStream(stdout, true, StandardCharsets.UTF_8))),
            late);

    monitor.scan();

    assertThat(registry.get("satpage.books.stuck").gauge().value()).isEqualTo(2.0);
    JsonNode emf = new ObjectMapper().readTree(stdout.toString(StandardCharsets.UTF_8));
    assertThat(emf.at("/_aws/CloudWatchMetrics/0/Namespace").asText()).isEqualTo("satpage");
    assertThat(emf.at("/_aws/Timestamp").asLong()).isEqualTo(late.millis());
    assertThat(emf.get(StuckBookMonitor.STUCK).asInt()).isEqualTo(2);
    assertThat(emf.get("books.pending").asInt()).isEqualTo(2);
    assertThat(emf.get("books.blocked").asInt()).isZero();
  }
}
