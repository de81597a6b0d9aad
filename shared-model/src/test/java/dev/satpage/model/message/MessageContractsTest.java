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
    String job = Json.write(SatellitePageJob.of("o-1", "b-1", "sat-home", SatellitePageSpec.of(51.5, -0.12, 18)));

    assertThatCode(() -> MessageContracts.check(Queues.SATELLITE_PAGE_JOBS_NAME, job)).doesNotThrowAnyException();
    assertThatThrownBy(() -> MessageContracts.check(Queues.ORDER_PLACED_NAME, job))
        .isInstanceOfSatisfying(MessageFormatException.class, e -> assertThat(e.field()).isNotBlank());
  }

  @Test
  void garbage_failsAnyPipelineQueue_andAForeignQueueIsNotChecked() {
    assertThatThrownBy(() -> MessageContracts.check(Queues.RENDER_JOBS_NAME, "{\"schemaVersion\":1"))
        .isInstanceOf(MessageFormatException.class);
    assertThatCode(() -> MessageContracts.check("someone-elses-queue", "not json")).doesNotThrowAnyException();
  }
}
