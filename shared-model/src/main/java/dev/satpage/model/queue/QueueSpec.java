package dev.satpage.model.queue;

import java.time.Duration;

/**
 * A pipeline queue and how it behaves: visibility timeout sized to its consumer, and after {@code
 * maxReceiveCount} failed receives SQS moves a message to {@link #deadLetterName()} (the redrive
 * policy).
 */
public record QueueSpec(String name, Duration visibilityTimeout, int maxReceiveCount) {
  public static final String DLQ_SUFFIX = "-dlq";

  public String deadLetterName() {
    return name + DLQ_SUFFIX;
  }
}
