package dev.satpage.model.port;

import java.net.URI;
import java.time.Duration;

/** Hands out time-limited download links to objects of the store (S3 presigned GET URLs in production). */
public interface LinkSigner {
  /** The longest validity we hand out: previews are shown right away, and a leaked link should die quickly. */
  Duration MAX_VALIDITY = Duration.ofMinutes(15);

  /** A URL anyone can GET the object with until {@code validity} has passed; at most {@link #MAX_VALIDITY}. */
  URI downloadLink(String key, Duration validity);
}
