package dev.satpage.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.testing.Books;
import org.junit.jupiter.api.Test;

class JsonTest {
  private static final String VALID_ORDER =
      """
      {"schemaVersion":1,"orderId":"o-1","placedAt":"2026-11-27T10:00:00Z","books":[
        {"bookId":"b-1","productId":"satellite-adventure","purpose":"PREVIEW",
         "personalisation":{"childName":"Ada","latitude":51.5,"longitude":-0.12}}]}
      """;

  @Test
  void definitionFile_roundTripsExactly() {
    DefinitionFile book = Books.aBook().build();

    String json = Json.write(book);

    assertThat(Json.read(json, DefinitionFile.class)).isEqualTo(book);
    assertThat(Json.write(Json.read(json, DefinitionFile.class))).isEqualTo(json);
  }

  @Test
  void validOrder_isRead() {
    OrderPlaced order = Json.read(VALID_ORDER, OrderPlaced.class);
    assertThat(order.books()).hasSize(1);
    assertThat(order.books().getFirst().personalisation().childName()).isEqualTo("Ada");
  }

  @Test
  void nestedInvalidField_isNamedByPath() {
    String bad = VALID_ORDER.replace("51.5", "91.0");
    assertThatThrownBy(() -> Json.read(bad, OrderPlaced.class))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.field()).isEqualTo("books[0].personalisation.latitude");
              assertThat(e.problem()).contains("91.0");
            });
  }

  @Test
  void unknownSchemaVersion_isRejectedNamingTheField() {
    String future = VALID_ORDER.replace("\"schemaVersion\":1", "\"schemaVersion\":7");
    assertThatThrownBy(() -> Json.read(future, OrderPlaced.class))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.field()).isEqualTo("schemaVersion");
              assertThat(e.problem()).contains("unsupported version 7");
            });
  }

  @Test
  void missingField_isNamed() {
    String missing = VALID_ORDER.replace("\"orderId\":\"o-1\",", "");
    assertThatThrownBy(() -> Json.read(missing, OrderPlaced.class))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.field()).isEqualTo("orderId");
              assertThat(e.problem()).isEqualTo("is required");
            });
  }

  @Test
  void malformedJson_saysWhere() {
    assertThatThrownBy(() -> Json.read("{\"orderId\": ", OrderPlaced.class))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.field()).isEqualTo("$");
              assertThat(e.problem()).contains("malformed JSON");
            });
  }

  @Test
  void wrongEnumValue_listsTheAllowedOnes() {
    String bad = VALID_ORDER.replace("\"PREVIEW\"", "\"POSTER\"");
    assertThatThrownBy(() -> Json.read(bad, OrderPlaced.class))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.field()).isEqualTo("books[0].purpose");
              assertThat(e.problem()).contains("PREVIEW").contains("PRINT");
            });
  }

  @Test
  void duplicatedKey_isRefused_notLastOneWins() {
    String twice =
        VALID_ORDER.replace("\"latitude\":51.5", "\"latitude\":91.0,\"latitude\":45.125");
    assertThatThrownBy(() -> Json.read(twice, OrderPlaced.class))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> assertThat(e.problem()).contains("Duplicate field 'latitude'"));
  }

  @Test
  void numberSentAsString_isRefusedNamingTheField() {
    String quoted = VALID_ORDER.replace("\"latitude\":51.5", "\"latitude\":\"51.5\"");
    assertThatThrownBy(() -> Json.read(quoted, OrderPlaced.class))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> assertThat(e.field()).isEqualTo("books[0].personalisation.latitude"));
  }

  @Test
  void fractionForAnInteger_andNumberForAString_areRefused() {
    assertThatThrownBy(
            () ->
                Json.read(
                    VALID_ORDER.replace("\"schemaVersion\":1", "\"schemaVersion\":1.5"),
                    OrderPlaced.class))
        .isInstanceOfSatisfying(
            MessageFormatException.class, e -> assertThat(e.field()).isEqualTo("schemaVersion"));
    assertThatThrownBy(
            () ->
                Json.read(
                    VALID_ORDER.replace("\"orderId\":\"o-1\"", "\"orderId\":7"), OrderPlaced.class))
        .isInstanceOfSatisfying(
            MessageFormatException.class, e -> assertThat(e.field()).isEqualTo("orderId"));
  }

  @Test
  void anythingAfterTheDocument_isRefused() {
    assertThatThrownBy(() -> Json.read(VALID_ORDER + " {\"orderId\":\"o-2\"}", OrderPlaced.class))
        .isInstanceOfSatisfying(
            MessageFormatException.class, e -> assertThat(e.problem()).contains("Trailing token"));
    assertThatThrownBy(() -> Json.read(VALID_ORDER + "garbage", OrderPlaced.class))
        .isInstanceOf(MessageFormatException.class);
  }

  @Test
  void integerLiteralForADecimalField_isANumber_andStaysValid() {
    OrderPlaced order =
        Json.read(VALID_ORDER.replace("\"latitude\":51.5", "\"latitude\":51"), OrderPlaced.class);
    assertThat(order.books().getFirst().personalisation().latitude()).isEqualTo(51.0);
  }

  @Test
  void enumAsANumber_isRefused() {
    assertThatThrownBy(() -> Json.read(VALID_ORDER.replace("\"PREVIEW\"", "0"), OrderPlaced.class))
        .isInstanceOfSatisfying(
            MessageFormatException.class, e -> assertThat(e.field()).isEqualTo("books[0].purpose"));
  }
}
