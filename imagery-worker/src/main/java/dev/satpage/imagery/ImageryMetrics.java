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

  /**
   * One comparison of {@code experiment} ended: {@code outcome} is {@code ok} when both arms made a
   * page, else the candidate's failure reason code (the control did not fail: it is not compared
   * then). Reported after the comparison's {@link #experimentStage} and {@link #experimentSsim}.
   */
  default void experimentComparison(String experiment, String outcome) {}

  /** The SSIM of one comparison of {@code experiment} (both arms made a page). */
  default void experimentSsim(String experiment, double ssim) {}

  /**
   * One stage of one arm ({@code control} or {@code candidate}) of a comparison took {@code
   * elapsed}: {@code fetch}, {@code stitch}, {@code encode}, {@code total}.
   */
  default void experimentStage(String experiment, String arm, String stage, Duration elapsed) {}

  /**
   * A job {@code experiment} sampled was not compared: {@code control-failed}, {@code rate}, {@code
   * budget} or {@code busy}.
   */
  default void experimentSkipped(String experiment, String reason) {}
}
