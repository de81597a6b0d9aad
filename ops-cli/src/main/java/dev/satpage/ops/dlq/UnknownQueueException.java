package dev.satpage.ops.dlq;

/** A queue name that does not exist at the endpoint (a typo, the wrong region or account). */
public final class UnknownQueueException extends RuntimeException {
  private final String queue;

  public UnknownQueueException(String queue) {
    super("unknown queue '" + queue + "'");
    this.queue = queue;
  }

  public String queue() {
    return queue;
  }
}
