package dev.satpage.model.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;

/**
 * The one JSON codec for every message, request body and the Definition File. Reading never throws
 * a Jackson exception: any problem becomes a {@link MessageFormatException} that names the field.
 * Reading is strict: one value per key (a duplicated key is refused, not "last one wins"), numbers
 * and booleans only as JSON numbers and booleans (never a string {@code "45.1"}, never {@code 1.5}
 * for an integer, never a number for a string), and nothing after the document.
 */
public final class Json {
  /**
   * Documents larger than this are refused before parsing (SQS itself caps a message at 1 MiB since
   * August 2025).
   */
  public static final int MAX_DOCUMENT_BYTES = 1024 * 1024;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          // Tolerant reader within one schemaVersion: a newer writer may add fields; a changed
          // meaning bumps the version.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          // {"latitude": 91.0, "latitude": 45.1} must not silently become 45.1.
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          // {"orderId": …} garbage — a truncated or concatenated body is not a valid message.
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          // "45.1" is not a number, 0 is not false, 1.5 is not an int, 7 is not a string.
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .withCoercionConfig(
              LogicalType.Textual,
              c ->
                  c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .withCoercionConfig(
              LogicalType.Integer,
              c ->
                  c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          // An integer literal is a number: "latitude": 45 stays valid.
          .withCoercionConfig(
              LogicalType.Float,
              c ->
                  c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .withCoercionConfig(
              LogicalType.Boolean,
              c ->
                  c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private Json() {}

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  public static byte[] writeBytes(Object value) {
    return write(value).getBytes(StandardCharsets.UTF_8);
  }

  public static <T> T read(byte[] json, Class<T> type) {
    return read(new String(json, StandardCharsets.UTF_8), type);
  }

  public static <T> T read(String json, Class<T> type) {
    if (json == null || json.isBlank()) {
      throw new MessageFormatException(
          "$", "empty document, expected a JSON " + type.getSimpleName());
    }
    if (json.length() > MAX_DOCUMENT_BYTES) {
      throw new MessageFormatException(
          "$", "document of " + json.length() + " characters exceeds " + MAX_DOCUMENT_BYTES);
    }
    try {
      T value = MAPPER.readValue(json, type);
      if (value == null) {
        throw new MessageFormatException(
            "$", "null document, expected a JSON " + type.getSimpleName());
      }
      return value;
    } catch (JsonMappingException e) {
      String path = path(e);
      Throwable cause = e.getCause();
      while (cause != null) {
        if (cause instanceof MessageFormatException mfe) {
          throw mfe.under(path);
        }
        cause = cause.getCause();
      }
      String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      if (original.startsWith("Missing creator property")
          || original.startsWith("Null value for creator property")) {
        String missing = original.replaceAll("^[^']*'([^']*)'.*$", "$1");
        throw new MessageFormatException(
            path.equals("$") || path.endsWith(missing) ? path : path + "." + missing,
            "is required");
      }
      String problem =
          e instanceof MismatchedInputException mie && mie.getTargetType() != null
              ? "expected " + describe(mie.getTargetType()) + " (" + e.getOriginalMessage() + ")"
              : e.getOriginalMessage();
      throw new MessageFormatException(path, problem);
    } catch (JacksonException e) {
      throw new MessageFormatException(
          "$",
          "malformed JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage());
    }
  }

  private static String describe(Class<?> type) {
    return type.isEnum()
        ? "one of " + java.util.Arrays.toString(type.getEnumConstants())
        : type.getSimpleName();
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.isEmpty() ? "$" : sb.toString();
  }
}
