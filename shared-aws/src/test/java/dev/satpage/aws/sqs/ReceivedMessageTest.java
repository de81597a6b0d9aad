package dev.satpage.aws.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

class ReceivedMessageTest {
  @Test
  void fromAnSdkMessage_keepsStringAttributes_receiveCountAndSentTime() {
    Message m =
        Message.builder()
            .messageId("m-1")
            .body("{}")
            .attributes(
                Map.of(
                    MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT,
                    "3",
                    MessageSystemAttributeName.SENT_TIMESTAMP,
                    "1700000000123"))
            .messageAttributes(
                Map.of(
                    "satpage-order-id",
                        MessageAttributeValue.builder()
                            .dataType("String")
                            .stringValue("o-1")
                            .build(),
                    "blob",
                        MessageAttributeValue.builder()
                            .dataType("Binary")
                            .binaryValue(software.amazon.awssdk.core.SdkBytes.fromUtf8String("x"))
                            .build()))
            .build();

    ReceivedMessage r = ReceivedMessage.of(m);

    assertThat(r.id()).isEqualTo("m-1");
    assertThat(r.attributes()).containsExactly(Map.entry("satpage-order-id", "o-1"));
    assertThat(r.receiveCount()).isEqualTo(3);
    assertThat(r.sent()).contains(Instant.ofEpochMilli(1700000000123L));
  }

  @Test
  void aMissingOrUnreadableReceiveCount_isTheFirstReceive_andAMissingSentTimeIsEmpty() {
    ReceivedMessage missing =
        ReceivedMessage.of("m", "b", Map.of(), Map.<String, String>of(), v -> v);
    ReceivedMessage garbled =
        ReceivedMessage.of(
            "m",
            "b",
            Map.of("ApproximateReceiveCount", "x", "SentTimestamp", "y"),
            Map.<String, String>of(),
            v -> v);

    assertThat(missing.receiveCount()).isEqualTo(1);
    assertThat(missing.sent()).isEmpty();
    assertThat(garbled.receiveCount()).isEqualTo(1);
    assertThat(garbled.sent()).isEmpty();
  }

  @Test
  void aReceiveCountBelowOne_isRefused() {
    assertThatThrownBy(() -> new ReceivedMessage("m", "b", Map.of(), 0, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
