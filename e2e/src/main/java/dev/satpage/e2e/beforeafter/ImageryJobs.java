package dev.satpage.e2e.beforeafter;

import dev.satpage.e2e.load.StackClients;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryCompleted;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The "after" architecture's satellite side, seen from the driver: publishes a book's satellite
 * page job as the producer does, and reads the imagery worker's completions and failures as the
 * coordinator would (receive, then delete).
 */
public final class ImageryJobs {
  private final StackClients stack;
  private final String jobsUrl;
  private final String completedUrl;
  private final String failedUrl;

  public ImageryJobs(StackClients stack) {
    this.stack = stack;
    this.jobsUrl = stack.queue().urlOf(Queues.SATELLITE_PAGE_JOBS_NAME);
    this.completedUrl = stack.queue().urlOf(Queues.IMAGERY_COMPLETED_NAME);
    this.failedUrl = stack.queue().urlOf(Queues.IMAGERY_FAILED_NAME);
  }

  /** Publishes book {@code n}'s satellite page job; true once SQS accepted it. */
  public boolean publish(long n) {
    SatellitePageJob job = SeedBook.number(n).job();
    stack
        .queue()
        .send(
            Queues.SATELLITE_PAGE_JOBS_NAME,
            new OutboundMessage(
                "job",
                Json.write(job),
                Map.of(
                    FailureAttributes.ORDER_ID, job.orderId(),
                    FailureAttributes.BOOK_ID, job.bookId())));
    return true;
  }

  /** Drops every job not yet made (a step's backlog), so the next step starts from none. */
  public void dropBacklog() {
    // ElasticMQ purges at once; real SQS allows one purge per queue per 60 s
    // (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_PurgeQueue.html).
    stack.sqs().purgeQueue(b -> b.queueUrl(jobsUrl));
  }

  /** Completion times of every page the worker finished since the last call. */
  public List<Instant> completions() {
    return receiveAll(completedUrl).stream()
        .map(m -> Json.read(m.body(), ImageryCompleted.class).completedAt())
        .toList();
  }

  /** How many jobs the worker announced as failed since the last call. */
  public int failures() {
    return receiveAll(failedUrl).size();
  }

  private List<Message> receiveAll(String url) {
    List<Message> all = new ArrayList<>();
    List<Message> batch;
    do {
      batch =
          stack
              .sqs()
              .receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(0))
              .messages();
      for (Message m : batch) {
        stack.sqs().deleteMessage(d -> d.queueUrl(url).receiptHandle(m.receiptHandle()));
      }
      all.addAll(batch);
    } while (!batch.isEmpty());
    return all;
  }
}
