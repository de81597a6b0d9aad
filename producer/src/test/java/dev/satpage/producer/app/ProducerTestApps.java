package dev.satpage.producer.app;

import dev.satpage.aws.AwsSettings;
import dev.satpage.devstack.Devstack;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starting the producer against devstack the same way in every IT: a free HTTP port, short
 * long-polls.
 */
final class ProducerTestApps {
  private ProducerTestApps() {}

  static ConfigurableApplicationContext start(Devstack devstack) {
    return start(devstack, Map.of());
  }

  /** As above, with {@code extra} settings on top (e.g. other preview API clients and limits). */
  static ConfigurableApplicationContext start(Devstack devstack, Map<String, ?> extra) {
    Map<String, Object> props = new HashMap<>(devstack.endpointProperties());
    props.put("server.port", "0");
    props.put("spring.cloud.aws.sqs.listener.poll-timeout", "1s");
    props.putAll(extra);
    return ProducerApplication.start(props);
  }

  /** How the test itself reaches devstack's SQS and S3, as an outside system would. */
  static AwsSettings settings(Devstack d) {
    return new AwsSettings(
        d.region(), d.sqsEndpoint(), d.s3Endpoint(), d.accessKey(), d.secretKey());
  }
}
