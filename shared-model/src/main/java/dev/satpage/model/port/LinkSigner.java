package dev.satpage.model.port;

import java.net.URI;
import java.time.Duration;

/**
 * Hands out time-limited download links to objects of the store (S3 presigned GET URLs in
 * production). A link lets anyone GET exactly the bytes of its object, as often as they like, until
 * its validity has passed; then, and for any other key, it is refused. Presigned URLs are
 * SigV4-signed and so can be valid for at most 7 days (604,800 s: "Maximum is 604800 seconds",
 * https://docs.aws.amazon.com/cli/latest/reference/s3/presign.html; "You can use the presigned URL
 * multiple times, up to the expiration date and time",
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html, both read
 * 2026-12-03); we hand out far less, {@link #MAX_VALIDITY}.
 */
public interface LinkSigner {
  /**
   * The longest validity we hand out: previews are shown right away, and a leaked link should die
   * quickly.
   */
  Duration MAX_VALIDITY = Duration.ofMinutes(15);

  /**
   * A URL anyone can GET the object with until {@code validity} has passed.
   *
   * @throws IllegalArgumentException for a blank key, or a validity that is not in (0, {@link
   *     #MAX_VALIDITY}]
   */
  URI downloadLink(String key, Duration validity);

  /** Refuses what {@link #downloadLink} refuses; for implementations. */
  static void check(String key, Duration validity) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("a link needs an object key, got '" + key + "'");
    }
    if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
      throw new IllegalArgumentException(
          "link validity must be in (0, " + MAX_VALIDITY + "], got " + validity);
    }
  }
}
