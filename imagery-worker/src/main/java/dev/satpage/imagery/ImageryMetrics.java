package dev.satpage.imagery;

import java.time.Duration;

/**
 * What the service reports while it works; the app binds it to Micrometer, tests to a recorder or
 * {@link #NONE}.
 */
public interface ImageryMetrics {
  ImageryMetrics NONE = new ImageryMetrics() {};

  /**
   * One stage of one page took {@code elapsed}: plan, fetch, decode (decode + compose), encode,
   * upload.
   */
  default void stage(String stage, Duration elapsed) {}

  /**
   * A job ended: {@code outcome} completed / cached / failed, with the failure reason code or
   * {@code none}.
   */
  default void job(String outcome, String reason) {}

  /** Bytes moved: {@code fetched} from the provider, {@code uploaded} to the store. */
  default void bytes(String direction, long count) {}
}
