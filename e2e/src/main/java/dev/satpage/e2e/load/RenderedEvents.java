package dev.satpage.e2e.load;

import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.message.PrintReady;
import dev.satpage.model.queue.Queues;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Consumes the pipeline's outbound events as the web shop and the printhouse would (receive, then delete) and keeps
 * every one, duplicates included: counting them is how a double render is seen.
 */
public final class RenderedEvents {
  private final SqsClient sqs;
  private final String renderedUrl;
  private final String printReadyUrl;
  private final List<BookRendered> rendered = new ArrayList<>();
  private final List<PrintReady> printReady = new ArrayList<>();

  public RenderedEvents(StackClients stack) {
    this.sqs = stack.sqs();
    this.renderedUrl = stack.queue().urlOf(Queues.BOOK_RENDERED_NAME);
    this.printReadyUrl = stack.queue().urlOf(Queues.PRINTHOUSE_DELIVERY_NAME);
  }

  /** Long-polls book-rendered once (up to {@code waitSeconds}), drains print-ready; returns the new book-rendered. */
  public synchronized List<BookRendered> poll(int waitSeconds) {
    List<BookRendered> fresh = new ArrayList<>();
    for (Message m : receive(renderedUrl, waitSeconds)) {
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
        sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(waitSeconds)).messages();
    for (Message m : messages) {
      sqs.deleteMessage(d -> d.queueUrl(url).receiptHandle(m.receiptHandle()));
    }
    return messages;
  }
}
