package dev.satpage.model.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.json.Json;
import dev.satpage.model.json.MessageFormatException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Version 2 of the fan-in's messages carries the Definition File version; readers still accept
 * version 1 (written by producers and workers deployed before), with the version unknown. Read from
 * JSON text as the queues carry it.
 */
class DefinitionVersionMessagesTest {
  private static final String SPEC =
      "{\"latitude\":51.5,\"longitude\":-0.12,\"zoom\":18,\"widthPx\":4000,\"heightPx\":3000,\"previewWidthPx\":1000}";
  private static final String V1_JOB =
      """
      {"schemaVersion":1,"jobId":"b-1/sat-home","orderId":"o-1","bookId":"b-1","dependencyId":"sat-home","spec":%s}"""
          .formatted(SPEC);
  private static final String V2_JOB =
      """
      {"schemaVersion":2,"jobId":"b-1/sat-home","orderId":"o-1","bookId":"b-1","definitionVersion":4,
       "dependencyId":"sat-home","spec":%s}"""
          .formatted(SPEC);
  private static final String V1_COMPLETED =
      """
      {"schemaVersion":1,"jobId":"b-1/sat-home","orderId":"o-1","bookId":"b-1","dependencyId":"sat-home",
       "printUri":"s3://bucket/imagery/print.jpg","previewUri":"s3://bucket/imagery/preview.jpg","widthPx":4000,
       "heightPx":3000,"provider":"simulator","attribution":"© test","completedAt":"2026-11-27T10:00:00Z"}""";
  private static final String V2_COMPLETED =
      V1_COMPLETED
          .replace("\"schemaVersion\":1", "\"schemaVersion\":2")
          .replace("\"bookId\":\"b-1\",", "\"bookId\":\"b-1\",\"definitionVersion\":4,");
  private static final String V1_FAILED =
      """
      {"schemaVersion":1,"jobId":"b-1/sat-home","orderId":"o-1","bookId":"b-1","dependencyId":"sat-home",
       "reason":"imagery-rejected: HTTP 401","failedAt":"2026-11-27T10:00:00Z"}""";
  private static final String V2_FAILED =
      V1_FAILED
          .replace("\"schemaVersion\":1", "\"schemaVersion\":2")
          .replace("\"bookId\":\"b-1\",", "\"bookId\":\"b-1\",\"definitionVersion\":4,");

  @Test
  void version1Bodies_withoutTheField_areReadWithTheVersionUnknown() {
    assertThat(Json.read(V1_JOB, SatellitePageJob.class).definitionVersion()).isNull();
    assertThat(Json.read(V1_COMPLETED, ImageryCompleted.class).definitionVersion()).isNull();
    assertThat(Json.read(V1_FAILED, ImageryFailed.class).definitionVersion()).isNull();
  }

  @Test
  void version2Bodies_carryTheVersion() {
    assertThat(Json.read(V2_JOB, SatellitePageJob.class).definitionVersion()).isEqualTo(4);
    assertThat(Json.read(V2_COMPLETED, ImageryCompleted.class).definitionVersion()).isEqualTo(4);
    assertThat(Json.read(V2_FAILED, ImageryFailed.class).definitionVersion()).isEqualTo(4);
  }

  @Test
  void bothVersions_roundTrip_andAVersion1RecordIsWrittenWithoutTheField() {
    for (String body : new String[] {V1_COMPLETED, V2_COMPLETED}) {
      ImageryCompleted read = Json.read(body, ImageryCompleted.class);
      assertThat(Json.read(Json.write(read), ImageryCompleted.class)).isEqualTo(read);
    }
    SatellitePageJob v1 = Json.read(V1_JOB, SatellitePageJob.class);
    assertThat(Json.write(v1)).doesNotContain("definitionVersion");
    assertThat(Json.read(Json.write(v1), SatellitePageJob.class)).isEqualTo(v1);
    ImageryFailed v2 = Json.read(V2_FAILED, ImageryFailed.class);
    assertThat(Json.write(v2)).contains("\"definitionVersion\":4");
    assertThat(Json.read(Json.write(v2), ImageryFailed.class)).isEqualTo(v2);
  }

  @Test
  void writers_writeVersion2() {
    SatellitePageJob job =
        SatellitePageJob.of("o-1", "b-1", 4, "sat-home", SatellitePageSpec.of(51.5, -0.12, 18));

    assertThat(job.schemaVersion()).isEqualTo(2);
    assertThat(Json.read(Json.write(job), SatellitePageJob.class)).isEqualTo(job);
  }

  @Test
  void theAnswerToAJob_carriesItsVersion_andAVersion1JobGetsAVersion1Answer() {
    Instant t = Instant.parse("2026-11-27T10:00:00Z");
    SatellitePageJob v2 = Json.read(V2_JOB, SatellitePageJob.class);
    SatellitePageJob v1 = Json.read(V1_JOB, SatellitePageJob.class);

    ImageryCompleted completed =
        ImageryCompleted.of(v2, "s3://b/p.jpg", "s3://b/v.jpg", 4000, 3000, "sim", "©", t);
    ImageryFailed failed = ImageryFailed.of(v2, "imagery-corrupt: x", t);
    assertThat(completed.schemaVersion()).isEqualTo(2);
    assertThat(completed.definitionVersion()).isEqualTo(4);
    assertThat(failed.schemaVersion()).isEqualTo(2);
    assertThat(failed.definitionVersion()).isEqualTo(4);

    ImageryCompleted oldCompleted =
        ImageryCompleted.of(v1, "s3://b/p.jpg", "s3://b/v.jpg", 4000, 3000, "sim", "©", t);
    assertThat(oldCompleted.schemaVersion()).isEqualTo(1);
    assertThat(oldCompleted.definitionVersion()).isNull();
    assertThat(ImageryFailed.of(v1, "imagery-corrupt: x", t).schemaVersion()).isEqualTo(1);
  }

  @Test
  void version2_withoutTheVersion_orWithANullOne_isRefusedNamingTheField() {
    String missing = V2_COMPLETED.replace("\"definitionVersion\":4,", "");
    String explicitNull = V2_JOB.replace("\"definitionVersion\":4", "\"definitionVersion\":null");

    assertRefused(
        () -> Json.read(missing, ImageryCompleted.class), "definitionVersion", "is required");
    assertRefused(
        () -> Json.read(explicitNull, SatellitePageJob.class), "definitionVersion", "is required");
  }

  @Test
  void aDefinitionVersionBelow1_orNotAnInteger_isRefused() {
    assertRefused(
        () ->
            Json.read(
                V2_FAILED.replace("\"definitionVersion\":4", "\"definitionVersion\":0"),
                ImageryFailed.class),
        "definitionVersion",
        "outside");
    assertRefused(
        () ->
            Json.read(
                V2_JOB.replace("\"definitionVersion\":4", "\"definitionVersion\":\"4\""),
                SatellitePageJob.class),
        "definitionVersion",
        "Integer");
  }

  @Test
  void anUnknownSchemaVersion_isRefused_namingTheVersionsThisReaderUnderstands() {
    assertRefused(
        () ->
            Json.read(
                V2_JOB.replace("\"schemaVersion\":2", "\"schemaVersion\":3"),
                SatellitePageJob.class),
        "schemaVersion",
        "unsupported version 3; this reader understands 1 to 2");
    assertRefused(
        () ->
            Json.read(
                V1_COMPLETED.replace("\"schemaVersion\":1", "\"schemaVersion\":0"),
                ImageryCompleted.class),
        "schemaVersion",
        "is missing");
  }

  @Test
  void version1_ignoresADefinitionVersion_likeAnyFieldItDoesNotDefine() {
    String v1WithField =
        V1_JOB.replace("\"bookId\":\"b-1\",", "\"bookId\":\"b-1\",\"definitionVersion\":4,");

    assertThat(Json.read(v1WithField, SatellitePageJob.class).definitionVersion()).isNull();
  }

  private static void assertRefused(Runnable read, String field, String problem) {
    assertThatThrownBy(read::run)
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.getMessage()).contains(problem);
            });
  }
}
