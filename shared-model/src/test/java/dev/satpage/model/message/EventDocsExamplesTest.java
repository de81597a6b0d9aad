package dev.satpage.model.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.queue.Queues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every JSON example in docs/events.md under a heading naming a queue is read by that queue's
 * reader.
 */
class EventDocsExamplesTest {
  private static final Path EVENTS = Path.of("..", "docs", "events.md");
  private static final Pattern HEADING =
      Pattern.compile("^#{2,3} .*queue `([a-z-]+)`.*$", Pattern.MULTILINE);
  private static final Pattern ANY_HEADING = Pattern.compile("^#{2,3} ", Pattern.MULTILINE);
  private static final Pattern JSON_BLOCK =
      Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  void everyExample_isAValidMessageOfItsQueue() throws IOException {
    String docs = Files.readString(EVENTS);
    Map<String, Integer> examplesByQueue = new LinkedHashMap<>();
    Matcher heading = HEADING.matcher(docs);
    while (heading.find()) {
      String queue = heading.group(1);
      Matcher next = ANY_HEADING.matcher(docs);
      int end = next.find(heading.end()) ? next.start() : docs.length();
      Matcher block = JSON_BLOCK.matcher(docs.substring(heading.end(), end));
      while (block.find()) {
        MessageContracts.check(
            queue, block.group(1)); // throws, naming the field, for an invalid example
        examplesByQueue.merge(queue, 1, Integer::sum);
      }
    }

    assertThat(examplesByQueue)
        .containsOnlyKeys(
            Queues.ORDER_PLACED_NAME,
            Queues.SATELLITE_PAGE_JOBS_NAME,
            Queues.IMAGERY_COMPLETED_NAME,
            Queues.IMAGERY_FAILED_NAME);
  }
}
