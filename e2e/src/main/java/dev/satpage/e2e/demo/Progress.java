package dev.satpage.e2e.demo;

import dev.satpage.e2e.pipeline.LocalPipeline;
import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import java.util.Collection;
import java.util.List;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** One progress line, rewritten in place on a terminal and printed every few seconds otherwise. */
final class Progress {
  private final LocalPipeline pipeline;
  private final List<String> bookIds;
  private final boolean terminal = System.console() != null;
  private final long startNanos = System.nanoTime();
  private long lastPrinted;
  private String lastLine = "";

  Progress(LocalPipeline pipeline, Collection<String> bookIds) {
    this.pipeline = pipeline;
    this.bookIds = List.copyOf(bookIds);
  }

  void print(int rendered) {
    int pages = 0;
    int dispatched = 0;
    for (String id : bookIds) {
      pages += pipeline.store().list(S3Layout.resolvedPrefix(id, 1)).size();
      dispatched += pipeline.store().exists(DemoMain.dispatchKey(id)) ? 1 : 0;
    }
    int dead = deadLettered();
    String line =
        String.format(
            "  %5.1f s | satellite pages %d/%d | render jobs %d/%d | books rendered %d/%d%s",
            (System.nanoTime() - startNanos) / 1e9,
            pages,
            bookIds.size() * 2,
            dispatched,
            bookIds.size(),
            rendered,
            bookIds.size(),
            dead > 0 ? " | dead-lettered " + dead + " (ops-cli dlq show)" : "");
    long now = System.nanoTime();
    if (terminal) {
      System.out.print("\r" + line);
      System.out.flush();
    } else if (!line.substring(10).equals(lastLine) || now - lastPrinted > 5_000_000_000L) {
      System.out.println(line);
      lastPrinted = now;
    }
    lastLine = line.substring(10);
  }

  void finish() {
    if (terminal) {
      System.out.println();
    }
  }

  private int deadLettered() {
    int total = 0;
    for (QueueSpec spec : Queues.ALL) {
      String url = pipeline.queue().urlOf(spec.deadLetterName());
      String n =
          pipeline
              .sqs()
              .getQueueAttributes(
                  b ->
                      b.queueUrl(url)
                          .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
              .attributes()
              .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
      total += n == null ? 0 : Integer.parseInt(n);
    }
    return total;
  }
}
