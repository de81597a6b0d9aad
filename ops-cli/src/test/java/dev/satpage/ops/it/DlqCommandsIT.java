package dev.satpage.ops.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.sqs.QueueProvisioner;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.devstack.testing.TestQueues;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.queue.Queues;
import dev.satpage.ops.ExitCode;
import dev.satpage.ops.dlq.ReplayAttributes;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * {@code queues}, {@code dlq show} and {@code dlq replay} against devstack's ElasticMQ, through the
 * real CLI.
 */
@ExtendWith(DevstackExtension.class)
class DlqCommandsIT {
  static final String DLQ = Queues.RENDER_JOBS.deadLetterName();
  static final String TARGET = Queues.RENDER_JOBS_NAME;
  static Devstack devstack;
  static SqsClient sqs;

  @BeforeAll
  static void start(Devstack started) {
    devstack = started;
    sqs = devstack.newSqsClient();
  }

  @AfterAll
  static void stop() {
    sqs.close();
  }

  @BeforeEach
  void purge() {
    devstack.purgeAllQueues();
  }

  static void deadLetter(String queue, String body, Map<String, String> attrs) {
    Map<String, MessageAttributeValue> a = new HashMap<>();
    attrs.forEach(
        (k, v) ->
            a.put(k, MessageAttributeValue.builder().dataType("String").stringValue(v).build()));
    sqs.sendMessage(
        b -> b.queueUrl(devstack.queueUrls().get(queue)).messageBody(body).messageAttributes(a));
  }

  /** A valid render-jobs body, told apart by {@code id} (its book id). */
  static String job(String id) {
    return Json.write(
        new RenderJob(
            RenderJob.SCHEMA_VERSION,
            RenderJob.idempotencyKey(id, 1),
            "o",
            id,
            1,
            "s3://bucket/books/" + id + "/v1/definition-patched.json",
            Instant.parse("2026-01-02T03:04:05Z")));
  }

  static void failed(String id, String book, String order, String reason) {
    deadLetter(
        DLQ,
        job(id),
        Map.of(
            FailureAttributes.BOOK_ID,
            book,
            FailureAttributes.ORDER_ID,
            order,
            FailureAttributes.REASON,
            reason,
            FailureAttributes.DETAIL,
            "detail of " + id,
            FailureAttributes.FAILED_AT,
            "2026-01-02T03:04:05Z"));
  }

  static long visible(String queue) {
    return Long.parseLong(
        sqs.getQueueAttributes(
                b ->
                    b.queueUrl(sqs.getQueueUrl(u -> u.queueName(queue)).queueUrl())
                        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
            .attributes()
            .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
  }

  static Map<String, String> attrs(Message m) {
    return m.messageAttributes().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stringValue()));
  }

  @Test
  void show_listsReasonsAndIds_withoutConsuming() {
    failed("a", "b1", "o1", "imagery-corrupt");
    deadLetter(
        DLQ,
        "{\"orderId\":\"o2\",\"bookId\":\"b2\"}",
        Map.of()); // a redrive move: no failure attributes

    Cli.Result r = Cli.run(devstack, "dlq", "show", DLQ);

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "2 message(s)",
            "imagery-corrupt: detail of a",
            "book b1",
            "order o1",
            "redrive after maxReceiveCount",
            "book b2",
            "first failed 2026-01-02T03:04:05Z");
    assertThat(visible(DLQ)).as("visible again at once").isEqualTo(2);
  }

  @Test
  void queues_showsEveryQueueAndMakesNonEmptyDlqsStandOut() {
    failed("a", "b1", "o1", "r");
    Cli.Result r = Cli.run(devstack, "queues");
    assertThat(r.exitCode()).as(r.err()).isZero();
    for (var q : Queues.ALL) {
      assertThat(r.out()).contains(q.name(), q.deadLetterName());
    }
    assertThat(r.out()).containsPattern("!! +" + DLQ + " +1 ");
    assertThat(r.out()).contains("1 DLQ(s) hold messages");
  }

  @Test
  void filters_selectExactlyTheMatchingMessages() throws Exception {
    failed("m1", "b1", "o1", "imagery-corrupt");
    failed("m2", "b1", "o1", "unresolved-dependency");
    failed("m3", "b2", "o1", "imagery-corrupt");
    failed("m4", "b3", "o2", "imagery-corrupt");

    Cli.Result byBookAndReason =
        Cli.run(
            devstack,
            "dlq",
            "replay",
            DLQ,
            "--filter",
            "book=b1",
            "--filter",
            "reason=imagery-corrupt",
            "--json");
    assertThat(byBookAndReason.exitCode()).as(byBookAndReason.err()).isZero();
    JsonNode summary = new ObjectMapper().readTree(byBookAndReason.out()).path("summary");
    assertThat(summary.path("moved").asInt()).isEqualTo(1);
    assertThat(summary.path("skippedByFilter").asInt()).isEqualTo(3);
    assertThat(TestQueues.drain(sqs, TARGET)).extracting(Message::body).containsExactly(job("m1"));

    Cli.Result byOrder = Cli.run(devstack, "dlq", "replay", DLQ, "--filter", "order=o1");
    assertThat(byOrder.exitCode()).as(byOrder.err()).isZero();
    assertThat(TestQueues.drain(sqs, TARGET))
        .extracting(Message::body)
        .containsExactlyInAnyOrder(job("m2"), job("m3"));
    assertThat(TestQueues.drain(sqs, DLQ)).extracting(Message::body).containsExactly(job("m4"));
  }

  @Test
  void replay_keepsAttributes_andIncrementsTheCounter() {
    failed("m1", "b1", "o1", "r");
    assertThat(Cli.run(devstack, "dlq", "replay", DLQ).exitCode()).isZero();
    Map<String, String> a = attrs(TestQueues.drain(sqs, TARGET).getFirst());
    assertThat(a)
        .containsEntry(FailureAttributes.BOOK_ID, "b1")
        .containsEntry(FailureAttributes.ORDER_ID, "o1")
        .containsEntry(FailureAttributes.REASON, "r")
        .containsEntry(ReplayAttributes.REPLAY_COUNT, "1")
        .containsEntry(ReplayAttributes.FIRST_FAILED_AT, "2026-01-02T03:04:05Z");
    assertThat(visible(DLQ)).isZero();
  }

  @Test
  void dryRun_changesNothing() {
    for (int i = 0; i < 13; i++) {
      failed("m" + i, "b" + i, "o1", "r");
    }
    Cli.Result r = Cli.run(devstack, "dlq", "replay", DLQ, "--dry-run");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("DRY RUN", "would move 13");
    assertThat(visible(TARGET)).isZero();
    List<Message> still = TestQueues.drain(sqs, DLQ);
    assertThat(still).hasSize(13);
    assertThat(still)
        .allSatisfy(m -> assertThat(attrs(m)).doesNotContainKey(ReplayAttributes.REPLAY_COUNT));
  }

  @Test
  void loopGuard_holdsBackAMessageReplayedKTimes_unlessForced() {
    failed("fresh", "b1", "o1", "r");
    deadLetter(
        DLQ,
        job("looping"),
        Map.of(FailureAttributes.REASON, "r", ReplayAttributes.REPLAY_COUNT, "3"));

    Cli.Result r = Cli.run(devstack, "dlq", "replay", DLQ, "--max-replays", "3");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("moved 1", "held back 1");
    assertThat(TestQueues.drain(sqs, TARGET))
        .extracting(Message::body)
        .containsExactly(job("fresh"));

    Cli.Result forced = Cli.run(devstack, "dlq", "replay", DLQ, "--force");
    assertThat(forced.out()).contains("moved 1", "held back 0");
    Message m = TestQueues.drain(sqs, TARGET).getFirst();
    assertThat(m.body()).isEqualTo(job("looping"));
    assertThat(attrs(m)).containsEntry(ReplayAttributes.REPLAY_COUNT, "4");
  }

  @Test
  void fifoReplay_keepsGroupIdsAndOrderWithinEachGroup() {
    String queue = TestQueues.createPair(sqs, "fifo", true);
    String dlq = TestQueues.dlqOf(queue);
    String dlqUrl = sqs.getQueueUrl(b -> b.queueName(dlq)).queueUrl();
    for (int i = 0; i < 6; i++) {
      String group = "g" + (i % 2);
      String body = group + "-" + i;
      sqs.sendMessage(
          b ->
              b.queueUrl(dlqUrl)
                  .messageBody(body)
                  .messageGroupId(group)
                  .messageDeduplicationId(body));
    }

    Cli.Result r = Cli.run(devstack, "dlq", "replay", dlq);

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("moved 6");
    List<Message> got = TestQueues.drain(sqs, queue);
    assertThat(got)
        .hasSize(6)
        .allSatisfy(
            m ->
                assertThat(m.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID))
                    .isEqualTo(m.body().substring(0, 2)));
    Function<String, List<String>> group =
        g -> got.stream().map(Message::body).filter(b -> b.startsWith(g)).toList();
    assertThat(group.apply("g0")).containsExactly("g0-0", "g0-2", "g0-4");
    assertThat(group.apply("g1")).containsExactly("g1-1", "g1-3", "g1-5");
    assertThat(got)
        .allSatisfy(
            m ->
                assertThat(m.attributes().get(MessageSystemAttributeName.MESSAGE_DEDUPLICATION_ID))
                    .isEqualTo(m.body()));
  }

  @Test
  void nativeMove_followsTheTaskToTheEnd() {
    String queue = TestQueues.createPair(sqs, "native", false);
    String dlqUrl = sqs.getQueueUrl(b -> b.queueName(TestQueues.dlqOf(queue))).queueUrl();
    for (int i = 0; i < 5; i++) {
      String body = "n" + i;
      sqs.sendMessage(b -> b.queueUrl(dlqUrl).messageBody(body));
    }
    Cli.Result r = Cli.run(devstack, "dlq", "replay", TestQueues.dlqOf(queue), "--native");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("COMPLETED");
    assertThat(TestQueues.drain(sqs, queue))
        .extracting(Message::body)
        .containsExactlyInAnyOrder("n0", "n1", "n2", "n3", "n4");
    assertThat(
            Cli.run(
                    devstack,
                    "dlq",
                    "replay",
                    TestQueues.dlqOf(queue),
                    "--native",
                    "--filter",
                    "book=x")
                .exitCode())
        .isEqualTo(ExitCode.USAGE);
  }

  @Test
  void errors_nameWhatIsWrong_withDistinctExitCodes() throws Exception {
    Cli.Result unknown = Cli.run(devstack, "dlq", "show", "satpage-nope-dlq");
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(unknown.err()).contains("unknown queue 'satpage-nope-dlq'");

    Cli.Result unknownTarget = Cli.run(devstack, "dlq", "replay", DLQ, "--to", "satpage-nope");
    assertThat(unknownTarget.exitCode()).isEqualTo(ExitCode.NOT_FOUND);

    Cli.Result notDlq = Cli.run(devstack, "dlq", "show", TARGET);
    assertThat(notDlq.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(notDlq.err()).contains("is not a DLQ");

    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    Cli.Result unreachable =
        Cli.runRaw(
            "queues",
            "--endpoint-url",
            "http://127.0.0.1:" + closedPort,
            "--access-key",
            "k",
            "--secret-key",
            "s");
    assertThat(unreachable.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
    assertThat(unreachable.err()).contains("endpoint unreachable");

    Cli.Result noProfile =
        Cli.runRaw(
            "queues",
            "--endpoint-url",
            devstack.sqsEndpoint().toString(),
            "--profile",
            "satpage-no-such-profile");
    assertThat(noProfile.exitCode()).isEqualTo(ExitCode.CREDENTIALS);
    assertThat(noProfile.err()).contains("no AWS credentials", "satpage-no-such-profile");

    Cli.Result noBook = Cli.run(devstack, "book", "no-such-book");
    assertThat(noBook.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(noBook.err()).contains("no book 'no-such-book'");
  }

  @Test
  void replay_refusesABodyTheTargetCannotRead_andLeavesIt_unlessTold() {
    failed("good", "b1", "o1", "r");
    deadLetter(
        DLQ,
        "{\"schemaVersion\":1,\"bookId\":",
        Map.of(FailureAttributes.REASON, "invalid-message"));

    Cli.Result r = Cli.run(devstack, "dlq", "replay", DLQ);

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.PARTIAL);
    assertThat(r.out())
        .contains("moved 1", "refused 1", "not a valid " + TARGET + " message", "malformed JSON");
    assertThat(TestQueues.drain(sqs, TARGET))
        .extracting(Message::body)
        .containsExactly(job("good"));
    assertThat(visible(DLQ)).as("the unreadable one stays").isEqualTo(1);

    Cli.Result forced = Cli.run(devstack, "dlq", "replay", DLQ, "--skip-contract-check");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(TestQueues.drain(sqs, TARGET)).hasSize(1);
  }

  @Test
  void replay_stampsItsRunOnEveryCopy_andReplaysCopiesOfEarlierRuns() {
    failed("m1", "b1", "o1", "r");
    deadLetter(
        DLQ,
        job("back"),
        Map.of(FailureAttributes.REASON, "r", ReplayAttributes.REPLAY_RUN, "run-x"));

    Cli.Result r = Cli.run(devstack, "dlq", "replay", DLQ);

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<Message> moved = TestQueues.drain(sqs, TARGET);
    assertThat(moved).hasSize(2); // another run's copy is replayed; this run's id is new
    assertThat(moved)
        .allSatisfy(
            m ->
                assertThat(attrs(m).get(ReplayAttributes.REPLAY_RUN))
                    .isNotBlank()
                    .isNotEqualTo("run-x"));
    assertThat(moved.stream().map(m -> attrs(m).get(ReplayAttributes.REPLAY_RUN)).distinct())
        .hasSize(1);
  }

  @Test
  void queues_reportsAMissingQueue_andStillListsTheOthers() {
    sqs.deleteQueue(
        b -> b.queueUrl(devstack.queueUrls().get(Queues.PRINTHOUSE_DELIVERY.deadLetterName())));
    try {
      Cli.Result r = Cli.run(devstack, "queues");

      assertThat(r.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
      assertThat(r.out())
          .contains(Queues.ORDER_PLACED_NAME, Queues.PRINTHOUSE_DELIVERY_NAME)
          .containsPattern("\\?\\? +" + Queues.PRINTHOUSE_DELIVERY.deadLetterName() + " +missing")
          .contains("1 queue(s) missing");
      assertThat(r.out() + r.err()).doesNotContain("(queues: ops queues");
    } finally {
      new QueueProvisioner(sqs)
          .createAll(Queues.ALL); // back as devstack made it, for the other tests
    }
  }
}
