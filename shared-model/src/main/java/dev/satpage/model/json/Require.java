package dev.satpage.model.json;

import java.util.List;
import java.util.Map;

/**
 * Field checks for compact constructors; each failure is a {@link MessageFormatException} naming
 * the field.
 */
public final class Require {
  private Require() {}

  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new MessageFormatException(field, "is required");
    }
    return value;
  }

  public static String text(String value, String field, int maxLength) {
    present(value, field);
    if (value.isBlank()) {
      throw new MessageFormatException(field, "must not be blank");
    }
    if (value.length() > maxLength) {
      throw new MessageFormatException(
          field, "is " + value.length() + " characters, at most " + maxLength + " allowed");
    }
    return value;
  }

  /**
   * An identifier safe to use inside an S3 key and an SQS attribute: letters, digits, '-', '_' and
   * '.'.
   */
  public static String id(String value, String field) {
    text(value, field, 128);
    if (!value.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new MessageFormatException(
          field, "'" + value + "' may only contain letters, digits, '.', '_' and '-'");
    }
    return value;
  }

  public static double range(double value, double min, double max, String field) {
    if (Double.isNaN(value) || value < min || value > max) {
      throw new MessageFormatException(field, value + " is outside [" + min + ", " + max + "]");
    }
    return value;
  }

  public static int range(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw new MessageFormatException(field, value + " is outside [" + min + ", " + max + "]");
    }
    return value;
  }

  public static <T> List<T> nonEmpty(List<T> value, String field, int maxSize) {
    present(value, field);
    if (value.isEmpty()) {
      throw new MessageFormatException(field, "must not be empty");
    }
    if (value.size() > maxSize) {
      throw new MessageFormatException(
          field, "has " + value.size() + " entries, at most " + maxSize + " allowed");
    }
    return List.copyOf(value);
  }

  public static <K, V> Map<K, V> nonEmpty(Map<K, V> value, String field) {
    present(value, field);
    if (value.isEmpty()) {
      throw new MessageFormatException(field, "must not be empty");
    }
    return value;
  }

  /**
   * Readers accept exactly the versions they were written for; anything else is rejected, never
   * guessed at.
   */
  public static int schemaVersion(int value, int supported) {
    return schemaVersion(value, supported, supported);
  }

  /**
   * For a record whose readers still accept older versions (during a deploy, writers of the older
   * version may still be running): every version from {@code oldest} to {@code newest}; anything
   * else is rejected.
   */
  public static int schemaVersion(int value, int oldest, int newest) {
    if (value < oldest || value > newest) {
      throw new MessageFormatException(
          "schemaVersion",
          (value == 0 ? "is missing" : "unsupported version " + value)
              + "; this reader understands "
              + (oldest == newest ? String.valueOf(newest) : oldest + " to " + newest));
    }
    return value;
  }

  /**
   * A field that schemaVersion {@code since} added: required from that version on; in an older
   * version it is null (unknown), whatever the body says, since that version does not define it and
   * readers ignore fields a version does not define. The field's component is marked {@link
   * AddedField}, so that a body of an older version without it reads as null instead of "is
   * required" (Json refuses missing properties).
   */
  public static <T> T since(int since, int schemaVersion, T value, String field) {
    return schemaVersion < since ? null : present(value, field);
  }

  /** {@link #since(int, int, Object, String)} for a number that must also lie in [min, max]. */
  public static Integer since(
      int since, int schemaVersion, Integer value, String field, int min, int max) {
    Integer known = since(since, schemaVersion, value, field);
    return known == null ? null : range(known, min, max, field);
  }
}
