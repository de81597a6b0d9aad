package dev.satpage.ops.cli;

import dev.satpage.model.port.ObjectStore;
import dev.satpage.ops.aws.Connection;
import dev.satpage.ops.dlq.OpsQueues;

/**
 * The external systems a command talks to, opened for one connection; the composition root decides
 * what they are.
 */
public interface Backend extends AutoCloseable {
  OpsQueues queues();

  /** The bucket's store; throws if no bucket was given. */
  ObjectStore store();

  @Override
  void close();

  /**
   * Opens a backend for a connection (the composition root supplies the real one, tests may supply
   * fakes).
   */
  interface Factory {
    Backend open(Connection connection);
  }
}
