package dev.satpage.model.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.json.Json;
import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import org.junit.jupiter.api.Test;

class MessageContractsTest {
  @Test
  void everyPipelineQueue_hasAContract() {
    for (QueueSpec q : Queues.ALL) {
      assertThat(MessageContracts.of(q.name())).as(q.name()).isPresent();
    }
  }

  @Test
  void aJobBody_passesForTheJobsQueue_andFailsForTheOrderQueue_namingTheField() {
    String job =
        Json.write(
            SatellitePageJob.of(
                "o-1", "b-1", 1, "sat-home", SatellitePageSpec.of(51.5, -0.12, 18)));

    assertThatCode(() -> MessageContracts.check(Queues.SATELLITE_PAGE_JOBS_NAME, job))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> MessageContracts.check(Queues.ORDER_PLACED_NAME, job))
        .isInstanceOfSatisfying(
            MessageFormatException.class, e -> assertThat(e.field()).isNotBlank());
  }

  @Test
  void duringADeploy_aVersion1JobStillPasses_andAnUnknownVersionFailsNamingSchemaVersion() {
    String v1 =
        """
        {"schemaVersion":1,"jobId":"b-1/sat-home","orderId":"o-1","bookId":"b-1","dependencyId":"sat-home",
         "spec":{"latitude":51.5,"longitude":-0.12,"zoom":18,"widthPx":4000,"heightPx":3000,"previewWidthPx":1000}}""";

    assertThatCode(() -> MessageContracts.check(Queues.SATELLITE_PAGE_JOBS_NAME, v1))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                MessageContracts.check(
                    Queues.SATELLITE_PAGE_JOBS_NAME,
                    v1.replace("\"schemaVersion\":1", "\"schemaVersion\":3")))
        .isInstanceOfSatisfying(
            MessageFormatException.class, e -> assertThat(e.field()).isEqualTo("schemaVersion"));
  }

  @Test
  void garbage_failsAnyPipelineQueue_andAForeignQueueIsNotChecked() {
    assertThatThrownBy(
            () -> MessageContracts.check(Queues.RENDER_JOBS_NAME, "{\"schemaVersion\":1"))
        .isInstanceOf(MessageFormatException.class);
    assertThatCode(() -> MessageContracts.check("someone-elses-queue", "not json"))
        .doesNotThrowAnyException();
  }
}
