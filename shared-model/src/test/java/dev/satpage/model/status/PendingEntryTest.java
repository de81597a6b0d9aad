package dev.satpage.model.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.json.Json;
import dev.satpage.model.json.MessageFormatException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingEntryTest {
  private static final String V1 =
      "{\"schemaVersion\":1,\"bookId\":\"b1\",\"orderId\":\"o1\",\"acceptedAt\":\"2026-11-27T10:00:00Z\"}";

  @Test
  void aVersion1Entry_asStoredBeforeVersion2_isReadWithoutPlacedAt() {
    PendingEntry entry = Json.read(V1, PendingEntry.class);

    assertThat(entry.acceptedAt()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
    assertThat(entry.placedAt()).isNull();
  }

  @Test
  void aVersion2Entry_needsPlacedAt() {
    String v2 = V1.replace("\"schemaVersion\":1", "\"schemaVersion\":2");

    assertThatThrownBy(() -> Json.read(v2, PendingEntry.class))
        .isInstanceOfSatisfying(
            MessageFormatException.class, e -> assertThat(e.field()).isEqualTo("placedAt"));
    PendingEntry entry =
        Json.read(v2.replace("}", ",\"placedAt\":\"2026-11-27T09:59:00Z\"}"), PendingEntry.class);
    assertThat(entry.placedAt()).isEqualTo(Instant.parse("2026-11-27T09:59:00Z"));
  }
}
