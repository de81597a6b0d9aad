package dev.satpage.model.testing;

import dev.satpage.model.port.LinkSigner;
import java.net.URI;
import java.time.Duration;

/** A {@link LinkSigner} whose links name the key and validity, for assertions. */
public final class FakeLinkSigner implements LinkSigner {
  @Override
  public URI downloadLink(String key, Duration validity) {
    if (validity.compareTo(MAX_VALIDITY) > 0) {
      throw new IllegalArgumentException("validity " + validity + " exceeds " + MAX_VALIDITY);
    }
    return URI.create("https://links.test/" + key + "?validFor=" + validity.toSeconds());
  }
}
