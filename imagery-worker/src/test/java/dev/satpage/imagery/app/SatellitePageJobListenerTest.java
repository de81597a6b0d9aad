package dev.satpage.imagery.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.MessageHeaders;

class SatellitePageJobListenerTest {
  @Test
  void attributes_keepSqsStringAttributes_andDropFrameworkHeaders() {
    UUID id = UUID.randomUUID();
    Map<String, Object> raw =
        Map.of(
            "satpage-order-id", "order-1",
            "Sqs_Msa_ApproximateReceiveCount", "2",
            "Sqs_QueueName", "satpage-satellite-page-jobs",
            "Sqs_ReceivedAt", java.time.Instant.now(),
            "JavaType", "java.lang.String");
    // The protected constructor is how Spring Cloud AWS builds headers with the SQS message id as the Spring id.
    MessageHeaders headers = new MessageHeaders(raw, id, 1L) {};

    assertThat(SatellitePageJobListener.attributes(headers)).containsExactly(Map.entry("satpage-order-id", "order-1"));
    assertThat(SatellitePageJobListener.messageId(headers)).isEqualTo(id.toString());
  }

  @Test
  void sentAt_readsTheSqsSentTimestamp() {
    MessageHeaders headers = new MessageHeaders(Map.of("Sqs_Msa_SentTimestamp", "1700000000123"));
    MessageHeaders without = new MessageHeaders(Map.of());

    assertThat(SatellitePageJobListener.sentAt(headers)).contains(java.time.Instant.ofEpochMilli(1700000000123L));
    assertThat(SatellitePageJobListener.sentAt(without)).isEmpty();
  }
}
