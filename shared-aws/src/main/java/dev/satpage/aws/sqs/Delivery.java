package dev.satpage.aws.sqs;

/**
 * What a consumer does with a message once {@link MessageHandling} has decided: delete it, or leave
 * it on the queue for SQS to deliver again when the visibility timeout {@code MessageHandling} set
 * runs out. Spring listeners acknowledge in {@code MANUAL} mode on {@link #ACKNOWLEDGE} only; the
 * Lambda handler reports {@link #RETRY} records in {@code batchItemFailures}.
 */
public enum Delivery {
  /** Handled, or deliberately dead-lettered with its reason: delete it. */
  ACKNOWLEDGE,
  /**
   * Not done yet (a transient failure, or someone else holds the work): leave it, it comes back
   * after the backoff.
   */
  RETRY;

  public boolean acknowledged() {
    return this == ACKNOWLEDGE;
  }
}
