package dev.satpage.producer.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.gate.GateMarker;
import dev.satpage.model.json.Json;
import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.message.ImageryFailed;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.status.BookStatusReader;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.testing.FakeLinkSigner;
import dev.satpage.model.testing.InMemoryJobQueue;
import dev.satpage.model.testing.InMemoryObjectStore;
import dev.satpage.producer.intake.OrderIntake;
import dev.satpage.producer.intake.ProductCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreviewServiceTest {
  final InMemoryObjectStore store = new InMemoryObjectStore("bucket");
  final InMemoryJobQueue queue = new InMemoryJobQueue();
  final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
  final PreviewService previews =
      new PreviewService(
          new OrderIntake(new ProductCatalog(), store, queue, clock),
          new BookStatusReader(store),
          new FakeLinkSigner(),
          clock,
          Duration.ofMinutes(10));
  final PreviewRequest ada = new PreviewRequest("Ada", 51.4769, -0.0005, "satellite-adventure");

  @Test
  void create_acceptsThePreview_andPublishesItsSatellitePages() {
    String id = previews.create(ada);

    assertThat(id).matches("pv-[0-9a-f]{24}");
    assertThat(queue.sent(Queues.SATELLITE_PAGE_JOBS_NAME)).hasSize(2);
    PreviewView view = previews.status(id).orElseThrow();
    assertThat(view.status()).isEqualTo("pending");
    assertThat(view.stage()).isEqualTo("imagery");
    assertThat(view.dependencies())
        .extracting(PreviewView.Dependency::state)
        .containsOnly("PENDING");
  }

  @Test
  void sameRequestTwice_isTheSamePreview() {
    assertThat(previews.create(ada)).isEqualTo(previews.create(ada));
    assertThat(previews.create(new PreviewRequest("Ada", 51.4769, -0.0006, "satellite-adventure")))
        .isNotEqualTo(previews.create(ada));
  }

  @Test
  void requestsDifferingBelowTheIdsPrecision_areOneBook_notAConflict() {
    String id =
        previews.create(new PreviewRequest("Ada", 51.47690001, -0.0005, "satellite-adventure"));

    assertThat(
            previews.create(new PreviewRequest("Ada", 51.47690004, -0.0005, "satellite-adventure")))
        .isEqualTo(id);
    DefinitionFile stored =
        Json.read(store.get(S3Layout.definition(id)).orElseThrow().content(), DefinitionFile.class);
    assertThat(stored.personalisation().latitude()).isEqualTo(51.4769);
  }

  @ParameterizedTest
  @CsvSource({
    ",51.5,0.1,satellite-adventure,name",
    "Ada,91,0.1,satellite-adventure,latitude",
    "Ada,51.5,181,satellite-adventure,longitude",
    "Ada,51.5,0.1,poster,product",
    "Ada<script>,51.5,0.1,satellite-adventure,name",
    "Ada,,0.1,satellite-adventure,latitude",
    "Ada,51.5,0.1,,product"
  })
  void badInput_namesTheApiField(
      String name, Double lat, Double lon, String product, String field) {
    assertThatThrownBy(() -> previews.create(new PreviewRequest(name, lat, lon, product)))
        .isInstanceOfSatisfying(
            MessageFormatException.class, e -> assertThat(e.field()).isEqualTo(field));
    assertThat(queue.sent(Queues.SATELLITE_PAGE_JOBS_NAME)).isEmpty();
  }

  @Test
  void aNameNoPrintFontCovers_isBadInputNamingTheName_withTheReasonAndScript() {
    assertThatThrownBy(
            () -> previews.create(new PreviewRequest("𐀀𐀁", 51.5, 0.1, "satellite-adventure")))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.field()).isEqualTo("name");
              assertThat(e.problem())
                  .startsWith("unprintable-name: has U+10000")
                  .contains("script Linear B");
            });
    assertThat(queue.sent(Queues.SATELLITE_PAGE_JOBS_NAME)).isEmpty();
    assertThat(store.size()).isZero();
  }

  @Test
  void aJapaneseOrArabicName_makesAPreview() {
    assertThat(previews.create(new PreviewRequest("さくら", 35.68, 139.76, "satellite-adventure")))
        .startsWith("pv-");
    assertThat(previews.create(new PreviewRequest("فاطمة", 30.04, 31.24, "satellite-adventure")))
        .startsWith("pv-");
  }

  @Test
  void failedDependency_showsBlocked_withReasonAndWhere() {
    String id = previews.create(ada);
    store.put(
        S3Layout.failedMarker(id, 1, "sat-home"),
        Json.writeBytes(
            new ImageryFailed(
                2,
                id + "/sat-home",
                "order-" + id,
                id,
                1,
                "sat-home",
                "imagery-rejected: HTTP 401",
                clock.instant())),
        "application/json");

    PreviewView view = previews.status(id).orElseThrow();
    assertThat(view.status()).isEqualTo("blocked");
    assertThat(view.blockedBy())
        .isEqualTo(
            new PreviewView.Blocker(
                "sat-home", "imagery-rejected: HTTP 401", "satpage-satellite-page-jobs-dlq"));
  }

  @Test
  void rendered_isReady_withLinksValidForAtMost15Minutes() {
    String id = previews.create(ada);
    store.put(
        S3Layout.renderedMarker(id, 1),
        Json.writeBytes(new GateMarker(1, GateMarker.DONE, "w", clock.instant(), clock.instant())),
        "application/json");

    PreviewView view = previews.status(id).orElseThrow();
    assertThat(view.status()).isEqualTo("ready");
    assertThat(view.pages())
        .extracting(PreviewView.PageLink::pageId)
        .containsExactly("p01-title", "p02-area", "p03-home");
    assertThat(view.pages().getFirst().url().toString())
        .contains("books/" + id + "/v1/pages/p01-title.jpg")
        .contains("validFor=600");
    assertThat(view.pages().getFirst().expiresAt())
        .isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
  }

  @Test
  void unknownId_isEmpty_andAMalformedOne_isInvalidInputNamingTheId() {
    assertThat(previews.status("pv-000000000000000000000000")).isEmpty();
    for (String malformed :
        new String[] {
          "../../etc", "pv-0", "PV-000000000000000000000000", "pv-00000000000000000000000g"
        }) {
      assertThatThrownBy(() -> previews.status(malformed))
          .as(malformed)
          .isInstanceOfSatisfying(
              MessageFormatException.class, e -> assertThat(e.field()).isEqualTo("id"));
    }
  }

  @Test
  void linkValidityAbove15Minutes_isRefusedAtStartUp() {
    assertThatThrownBy(
            () ->
                new PreviewService(
                    new OrderIntake(new ProductCatalog(), store, queue, clock),
                    new BookStatusReader(store),
                    new FakeLinkSigner(),
                    clock,
                    Duration.ofMinutes(16)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
