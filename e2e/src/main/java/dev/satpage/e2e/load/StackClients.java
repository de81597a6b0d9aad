package dev.satpage.e2e.load;

import dev.satpage.aws.AwsClients;
import dev.satpage.aws.AwsSettings;
import dev.satpage.aws.s3.S3ObjectStore;
import dev.satpage.aws.sqs.SqsJobQueue;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The driver's own SQS and S3 clients for a devstack, built from its {@code endpointProperties()}:
 * it places orders and reads results as the web shop would, never through the components.
 */
public final class StackClients implements AutoCloseable {
  private final Map<String, String> endpoints;
  private final SqsClient sqs;
  private final S3Client s3;
  private final SqsJobQueue queue;
  private final S3ObjectStore store;

  public StackClients(Map<String, String> endpoints) {
    this.endpoints = Map.copyOf(endpoints);
    AwsSettings settings =
        new AwsSettings(
            endpoints.get("satpage.aws.region"),
            URI.create(endpoints.get("satpage.aws.endpoint-sqs")),
            URI.create(endpoints.get("satpage.aws.endpoint-s3")),
            endpoints.get("satpage.aws.access-key"),
            endpoints.get("satpage.aws.secret-key"));
    this.sqs = AwsClients.sqs(settings);
    this.s3 = AwsClients.s3(settings);
    this.queue = new SqsJobQueue(sqs);
    this.store = new S3ObjectStore(s3, endpoints.get("satpage.bucket"));
  }

  public Map<String, String> endpoints() {
    return endpoints;
  }

  public SqsClient sqs() {
    return sqs;
  }

  public SqsJobQueue queue() {
    return queue;
  }

  public S3ObjectStore store() {
    return store;
  }

  @Override
  public void close() {
    sqs.close();
    s3.close();
  }
}
