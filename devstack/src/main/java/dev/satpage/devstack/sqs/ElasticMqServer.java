package dev.satpage.devstack.sqs;

import dev.satpage.devstack.net.FreePorts;
import java.net.URI;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/** Embedded ElasticMQ speaking the SQS JSON and query protocols on 127.0.0.1. */
public final class ElasticMqServer implements AutoCloseable {
  private final SQSRestServer server;
  private final int port;
  private boolean closed;

  private ElasticMqServer(SQSRestServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /** Starts ElasticMQ on {@code port} (0 = a free port) and waits until it accepts requests. */
  public static ElasticMqServer start(int port, String region) {
    int actual = FreePorts.resolve(port);
    SQSRestServer server =
        SQSRestServerBuilder.withInterface("127.0.0.1")
            .withPort(actual)
            // Queue URLs returned by CreateQueue/GetQueueUrl are built from this address, not from
            // the bind address.
            .withServerAddress(new NodeAddress("http", "127.0.0.1", actual, ""))
            .withAWSRegion(region)
            .start();
    server.waitUntilStarted();
    return new ElasticMqServer(server, actual);
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      server.stopAndWait();
    }
  }
}
