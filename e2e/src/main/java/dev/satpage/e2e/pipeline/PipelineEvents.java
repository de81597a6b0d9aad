package dev.satpage.e2e.pipeline;

import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.queue.Queues;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** Reads the pipeline's outbound events (book-rendered) as the downstream consumer would: receive, then delete. */
public final class PipelineEvents {
  private final SqsClient sqs;
  private final String bookRenderedUrl;
  private final List<BookRendered> rendered = new ArrayList<>();

  public PipelineEvents(LocalPipeline pipeline) {
    this.sqs = pipeline.sqs();
    this.bookRenderedUrl = pipeline.queue().urlOf(Queues.BOOK_RENDERED_NAME);
  }

  /** Long-polls once (up to {@code waitSeconds}) and returns every book-rendered event seen so far. */
  public synchronized List<BookRendered> poll(int waitSeconds) {
    List<Message> messages =
        sqs.receiveMessage(b -> b.queueUrl(bookRenderedUrl).maxNumberOfMessages(10).waitTimeSeconds(waitSeconds))
            .messages();
    for (Message m : messages) {
      rendered.add(Json.read(m.body(), BookRendered.class));
      sqs.deleteMessage(d -> d.queueUrl(bookRenderedUrl).receiptHandle(m.receiptHandle()));
    }
    return List.copyOf(rendered);
  }

  public synchronized List<BookRendered> rendered() {
    return List.copyOf(rendered);
  }
}
