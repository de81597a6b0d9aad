package dev.satpage.infra.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.infra.TfFixtures;
import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Terraform declares exactly the queues of shared-model, and each role grants exactly the SQS
 * access its app uses.
 */
class QueueConsistencyTest {

  @Test
  void terraformQueues_areExactlyQueuesAll_withTheirVisibilityAndMaxReceiveCount() {
    assertThat(QueueConsistency.declared(TfFixtures.module(), Queues.ALL)).isEmpty();
  }

  @Test
  void aQueueChangedInSharedModel_orOnlyInTerraform_isReported() {
    List<QueueSpec> specs = new ArrayList<>(Queues.ALL);
    specs.set(1, new QueueSpec(Queues.SATELLITE_PAGE_JOBS_NAME, Duration.ofSeconds(360), 4));
    specs.remove(Queues.BOOK_RENDERED);
    specs.add(new QueueSpec("satpage-new-queue", Duration.ofSeconds(30), 5));

    assertThat(QueueConsistency.declared(TfFixtures.module(), specs))
        .containsExactlyInAnyOrder(
            "satpage-satellite-page-jobs: visibility 120 s in Terraform, 360 s in Queues",
            "satpage-satellite-page-jobs: maxReceiveCount 3 in Terraform, 4 in Queues",
            "satpage-new-queue: used by the apps, not declared in Terraform",
            "satpage-book-rendered: declared in Terraform, unknown to the apps");
  }

  @Test
  void everyQueueAndItsDlq_areDeclaredForEachEntryOfTheQueueMap() {
    var queues = TfFixtures.module().resources("aws_sqs_queue");
    assertThat(queues.get("main").path("for_each").asText()).isEqualTo("${local.queues}");
    assertThat(queues.get("main").path("name").asText()).isEqualTo("${each.key}");
    assertThat(queues.get("dlq").path("for_each").asText()).isEqualTo("${local.queues}");
    assertThat(queues.get("dlq").path("name").asText())
        .isEqualTo("${each.key}" + QueueSpec.DLQ_SUFFIX);
  }

  @Test
  void eachRole_receivesFromWhatItsAppConsumes_andSendsWhereItsAppSendsAndDeadLetters() {
    for (Component c : Component.ALL) {
      AppSources app = AppSources.scan(TfFixtures.repoRoot(), c.module());
      assertThat(app.consumedQueues()).as(c.module() + " consumes a queue").isNotEmpty();

      assertThat(QueueConsistency.grants(TfFixtures.module(), c, app)).as(c.module()).isEmpty();
    }
  }

  @Test
  void aRoleMissingAGrant_orHoldingAnExtraOne_isReported() {
    Component producer = Component.ALL.getFirst();
    AppSources changed =
        new AppSources(
            Set.of(
                Queues.ORDER_PLACED_NAME,
                Queues.IMAGERY_COMPLETED_NAME,
                Queues.IMAGERY_FAILED_NAME,
                Queues.BOOK_RENDERED_NAME),
            Set.of(
                Queues.ORDER_PLACED_NAME,
                Queues.IMAGERY_COMPLETED_NAME,
                Queues.IMAGERY_FAILED_NAME,
                Queues.BOOK_RENDERED_NAME,
                Queues.SATELLITE_PAGE_JOBS_NAME),
            Set.of(),
            Set.of());

    assertThat(QueueConsistency.grants(TfFixtures.module(), producer, changed))
        .containsExactlyInAnyOrder(
            "producer consumes satpage-book-rendered but its role cannot receive from it",
            "producer backs off on satpage-book-rendered but its role cannot ChangeMessageVisibility there",
            "producer sends to satpage-book-rendered-dlq but its role cannot",
            "producer's role may send to satpage-render-jobs, which it never does");
  }

  @Test
  void theSourceScan_findsListenersAndSends() {
    AppSources producer = AppSources.scan(TfFixtures.repoRoot(), "producer");

    assertThat(producer.consumedQueues())
        .contains(Queues.ORDER_PLACED_NAME, Queues.IMAGERY_COMPLETED_NAME);
    assertThat(producer.namedQueues())
        .contains(Queues.SATELLITE_PAGE_JOBS_NAME, Queues.RENDER_JOBS_NAME);
  }
}
