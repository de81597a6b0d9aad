package dev.satpage.e2e.pipeline;

import dev.satpage.aws.sqs.SqsJobQueue;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.message.PrintReady;
import dev.satpage.model.queue.Queues;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Reads the pipeline's outbound events as their downstream consumers would (receive, then delete):
 * book-rendered for the web shop, print-ready for the printhouse delivery pipeline.
 */
public final class PipelineEvents {
  private final SqsClient sqs;
  private final String bookRenderedUrl;
  private final String printReadyUrl;
  private final List<BookRendered> rendered = new ArrayList<>();
  private final List<PrintReady> printReady = new ArrayList<>();

  public PipelineEvents(LocalPipeline pipeline) {
    this(pipeline.sqs(), pipeline.queue());
  }

  /** For a pipeline running elsewhere (the load and chaos commands' separate processes). */
  public PipelineEvents(SqsClient sqs, SqsJobQueue queue) {
    this.sqs = sqs;
    this.bookRenderedUrl = queue.urlOf(Queues.BOOK_RENDERED_NAME);
    this.printReadyUrl = queue.urlOf(Queues.PRINTHOUSE_DELIVERY_NAME);
  }

  /**
   * Long-polls book-rendered once (up to {@code waitSeconds}), drains print-ready, returns every
   * book-rendered so far.
   */
  public synchronized List<BookRendered> poll(int waitSeconds) {
    pollNew(waitSeconds);
    return List.copyOf(rendered);
  }

  /**
   * As {@link #poll}, returning only the book-rendered events this call received. Every event is
   * kept, duplicates included: counting them is how a double render is seen.
   */
  public synchronized List<BookRendered> pollNew(int waitSeconds) {
    List<BookRendered> fresh = new ArrayList<>();
    for (Message m : receive(bookRenderedUrl, waitSeconds)) {
      fresh.add(Json.read(m.body(), BookRendered.class));
    }
    rendered.addAll(fresh);
    for (Message m : receive(printReadyUrl, 0)) {
      printReady.add(Json.read(m.body(), PrintReady.class));
    }
    return fresh;
  }

  public synchronized List<BookRendered> rendered() {
    return List.copyOf(rendered);
  }

  public synchronized List<PrintReady> printReady() {
    return List.copyOf(printReady);
  }

  private List<Message> receive(String url, int waitSeconds) {
    List<Message> messages =
        sqs.receiveMessage(
                b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(waitSeconds))
            .messages();
    for (Message m : messages) {
      sqs.deleteMessage(d -> d.queueUrl(url).receiptHandle(m.receiptHandle()));
    }
    return messages;
  }
}
