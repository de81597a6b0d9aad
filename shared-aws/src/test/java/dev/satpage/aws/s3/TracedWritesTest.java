package dev.satpage.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.aws.trace.BookTraces;
import dev.satpage.aws.trace.RecordedSpans;
import dev.satpage.model.port.WriteOptions;
import dev.satpage.model.storage.S3Layout;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TracedWritesTest {
  private static final String PARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

  @RegisterExtension final RecordedSpans spans = new RecordedSpans();

  @Test
  void aBooksWrite_isAClientSpanInTheBooksTrace_andCarriesItAsMetadata() {
    Map<String, String> written =
        BookTraces.perBook(
            () ->
                TracedWrites.write(
                    "bucket", S3Layout.definition("b-1"), Map.of("job-id", "j"), m -> m));
    SpanData put = spans.ended().getFirst();
    SpanData book = spans.ended().get(1);
    assertThat(put.getName()).isEqualTo("S3.PutObject");
    assertThat(put.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(put.getParentSpanId()).isEqualTo(book.getSpanId());
    assertThat(book.getName()).isEqualTo("book");
    assertThat(written)
        .containsEntry("job-id", "j")
        .containsEntry("traceparent", "00-" + put.getTraceId() + "-" + put.getSpanId() + "-01");
  }

  @Test
  void traceparent_countsTowardS3sMetadataLimit_andGivesWayWhenThereIsNoRoom() {
    Map<String, String> trace = Map.of("traceparent", PARENT);
    assertThat(TracedWrites.withTraceparent(Map.of(), trace)).isEqualTo(trace);
    assertThat(TracedWrites.withTraceparent(Map.of("a", "b"), Map.of()))
        .isEqualTo(Map.of("a", "b"));
    // "traceparent" and its value are 11 + 55 bytes of the 2 KB (WriteOptions checks the rest)
    String fits = "x".repeat(WriteOptions.MAX_METADATA_BYTES - 66 - 1);
    assertThat(TracedWrites.withTraceparent(Map.of("k", fits), trace)).containsKey("traceparent");
    String full = "x".repeat(WriteOptions.MAX_METADATA_BYTES - 66);
    assertThat(TracedWrites.withTraceparent(Map.of("k", full), trace))
        .doesNotContainKey("traceparent");
    new WriteOptions(
        "image/jpeg",
        TracedWrites.withTraceparent(Map.of("k", fits), trace),
        WriteOptions.Encryption.BUCKET_DEFAULT,
        null,
        false); // S3's rules as WriteOptions checks them: accepted
  }
}
