package dev.satpage.aws.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.aws.AwsClients;
import dev.satpage.aws.AwsSettings;
import dev.satpage.aws.health.HealthEndpoint;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.support.GenericApplicationContext;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Every request the clients of {@link AwsClients} send is counted once by service and operation,
 * and the health port serves the counts.
 */
@ExtendWith(DevstackExtension.class)
class AwsCallMetricsIT {
  @Test
  void countsEachRequestByServiceAndOperation_servedOnTheHealthPort(Devstack devstack)
      throws Exception {
    AwsCallMetrics calls = new AwsCallMetrics(new SimpleMeterRegistry());
    AwsSettings settings =
        new AwsSettings(
            devstack.region(),
            devstack.sqsEndpoint(),
            devstack.s3Endpoint(),
            devstack.accessKey(),
            devstack.secretKey());
    try (var s3 = AwsClients.s3(settings, calls);
        var sqs = AwsClients.sqs(settings, calls);
        GenericApplicationContext context = new GenericApplicationContext()) {
      s3.putObject(b -> b.bucket(devstack.bucket()).key("calls-it/a"), RequestBody.fromString("a"));
      s3.getObjectAsBytes(b -> b.bucket(devstack.bucket()).key("calls-it/a"));
      s3.getObjectAsBytes(b -> b.bucket(devstack.bucket()).key("calls-it/a"));
      sqs.listQueues();

      assertThat(calls.counts())
          .containsExactlyEntriesOf(
              new java.util.TreeMap<>(
                  Map.of("S3 GetObject", 2L, "S3 PutObject", 1L, "Sqs ListQueues", 1L)));

      context.registerBean(HealthEndpoint.class, () -> new HealthEndpoint(context, calls, 0));
      context.refresh();
      int port = context.getBean(HealthEndpoint.class).port();
      HttpResponse<String> served =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + "/metrics/aws-calls"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(served.body())
          .isEqualTo("{\"S3 GetObject\":2,\"S3 PutObject\":1,\"Sqs ListQueues\":1}");
    }
  }
}
