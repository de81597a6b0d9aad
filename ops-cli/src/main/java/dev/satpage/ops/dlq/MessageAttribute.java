package dev.satpage.ops.dlq;

import java.util.Arrays;
import java.util.Objects;

/**
 * One SQS message attribute exactly as received ({@code String}, {@code Number}, {@code Binary} or
 * a custom {@code String.x} type), so a replayed copy carries the same attributes, not a
 * stringified version of them.
 */
public record MessageAttribute(String dataType, String stringValue, byte[] binaryValue) {
  public MessageAttribute {
    Objects.requireNonNull(dataType, "dataType");
    binaryValue = binaryValue == null ? null : binaryValue.clone();
  }

  public static MessageAttribute string(String value) {
    return new MessageAttribute("String", value, null);
  }

  @Override
  public byte[] binaryValue() {
    return binaryValue == null ? null : binaryValue.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MessageAttribute a
        && dataType.equals(a.dataType)
        && Objects.equals(stringValue, a.stringValue)
        && Arrays.equals(binaryValue, a.binaryValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dataType, stringValue, Arrays.hashCode(binaryValue));
  }

  @Override
  public String toString() {
    return binaryValue == null
        ? dataType + ":" + stringValue
        : dataType + ":<" + binaryValue.length + " bytes>";
  }
}
