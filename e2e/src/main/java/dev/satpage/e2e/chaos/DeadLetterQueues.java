package dev.satpage.e2e.chaos;

import dev.satpage.e2e.load.StackClients;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Reads every pipeline DLQ without consuming it (receive with a lease, then make each message
 * visible again, as {@code ops dlq show} does), and replays DLQs losslessly: copy to the source
 * queue with every attribute and the replay count + 1, delete from the DLQ only after the copy was
 * accepted (the ops CLI's rule).
 */
public final class DeadLetterQueues {
  private static final Pattern BOOK_ID = Pattern.compile("\"bookId\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ORDER_ID = Pattern.compile("\"orderId\"\\s*:\\s*\"([^\"]+)\"");

  /**
   * The outbound queues' DLQs are the web shop's and the printhouse's business, not the pipeline's.
   */
  static final List<QueueSpec> PIPELINE =
      Queues.ALL.stream()
          .filter(
              q ->
                  !q.name().equals(Queues.BOOK_RENDERED_NAME)
                      && !q.name().equals(Queues.PRINTHOUSE_DELIVERY_NAME))
          .toList();

  private final SqsClient sqs;
  private final StackClients stack;

  public DeadLetterQueues(StackClients stack) {
    this.stack = stack;
    this.sqs = stack.sqs();
  }

  /** Every message in every pipeline DLQ, left in place. */
  public List<DlqEntry> peekAll() {
    List<DlqEntry> entries = new ArrayList<>();
    for (QueueSpec spec : PIPELINE) {
      String url = stack.queue().urlOf(spec.deadLetterName());
      List<Message> held = new ArrayList<>();
      while (true) {
        List<Message> batch =
            sqs.receiveMessage(
                    b ->
                        b.queueUrl(url)
                            .maxNumberOfMessages(10)
                            .visibilityTimeout(30)
                            .messageAttributeNames("All"))
                .messages();
        if (batch.isEmpty()) {
          break;
        }
        held.addAll(batch);
      }
      for (Message m : held) {
        entries.add(entry(spec.deadLetterName(), m));
        sqs.changeMessageVisibility(
            b -> b.queueUrl(url).receiptHandle(m.receiptHandle()).visibilityTimeout(0));
      }
    }
    return entries;
  }

  /** Moves every message of every pipeline DLQ back to its queue; returns how many moved. */
  public int replayAll() {
    int moved = 0;
    for (QueueSpec spec : PIPELINE) {
      String from = stack.queue().urlOf(spec.deadLetterName());
      String to = stack.queue().urlOf(spec.name());
      while (true) {
        List<Message> batch =
            sqs.receiveMessage(
                    b ->
                        b.queueUrl(from)
                            .maxNumberOfMessages(10)
                            .visibilityTimeout(120)
                            .messageAttributeNames("All"))
                .messages();
        if (batch.isEmpty()) {
          break;
        }
        for (Message m : batch) {
          Map<String, MessageAttributeValue> attrs = new HashMap<>(m.messageAttributes());
          int count =
              attrs.containsKey(FailureAttributes.REPLAY_COUNT)
                  ? Integer.parseInt(attrs.get(FailureAttributes.REPLAY_COUNT).stringValue())
                  : 0;
          attrs.put(
              FailureAttributes.REPLAY_COUNT,
              MessageAttributeValue.builder()
                  .dataType("Number")
                  .stringValue(Integer.toString(count + 1))
                  .build());
          sqs.sendMessage(b -> b.queueUrl(to).messageBody(m.body()).messageAttributes(attrs));
          // Only once the copy is accepted: a crash between the two leaves a duplicate, never a
          // loss.
          sqs.deleteMessage(b -> b.queueUrl(from).receiptHandle(m.receiptHandle()));
          moved++;
        }
      }
    }
    return moved;
  }

  /** Messages visible or in flight on the pipeline's work queues (not the DLQs). */
  public int inFlight() {
    int total = 0;
    for (QueueSpec spec : PIPELINE) {
      Map<QueueAttributeName, String> a =
          sqs.getQueueAttributes(
                  b ->
                      b.queueUrl(stack.queue().urlOf(spec.name()))
                          .attributeNames(
                              QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                              QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                              QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))
              .attributes();
      total += a.values().stream().mapToInt(Integer::parseInt).sum();
    }
    return total;
  }

  static DlqEntry entry(String queue, Message m) {
    Map<String, MessageAttributeValue> a = m.messageAttributes();
    String book = attr(a, FailureAttributes.BOOK_ID);
    String order = attr(a, FailureAttributes.ORDER_ID);
    if (book == null) {
      book = first(BOOK_ID, m.body());
    }
    if (order == null) {
      order = first(ORDER_ID, m.body());
    }
    String reason = attr(a, FailureAttributes.REASON);
    // SQS's redrive moves a message without telling the consumer: no attributes, the reason is the
    // redrive itself.
    return new DlqEntry(
        queue,
        book,
        order,
        reason == null ? DlqEntry.REDRIVE : reason,
        attr(a, FailureAttributes.DETAIL));
  }

  private static String attr(Map<String, MessageAttributeValue> a, String name) {
    MessageAttributeValue v = a.get(name);
    return v == null ? null : v.stringValue();
  }

  private static String first(Pattern p, String body) {
    Matcher m = p.matcher(body);
    return m.find() ? m.group(1) : null;
  }
}
