package dev.satpage.model.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.port.LinkSigner;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a caller of a {@link LinkSigner} relies on, run against the fake (its links opened through
 * the in-memory store) and the S3 adapter (presigned URLs fetched with an HTTP GET from S3Proxy): a
 * link fetches exactly its object's bytes, as often as asked, until its validity has passed, and
 * nothing else; bad input is refused before anything is signed. A presigned GET of a missing object
 * answers 404, or 403 where the signer may not list the bucket
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html, Permissions; read
 * 2026-12-03), so either counts.
 */
public abstract class LinkSignerContract {
  /** What a GET of a link answered. */
  public record Answer(int status, byte[] body) {}

  protected LinkSigner signer;
  private String prefix;

  protected abstract LinkSigner createSigner();

  /** Writes an object to the store the signer's links point into. */
  protected abstract void store(String key, byte[] content);

  /** An HTTP GET of the link (for the fake: the same, answered from its store). */
  protected abstract Answer get(URI link);

  /** Returns once {@code validity} (counted from now) has certainly passed for the signer. */
  protected abstract void waitPast(Duration validity);

  @BeforeEach
  void setUpSigner() {
    signer = createSigner();
    prefix = "contract/links/" + UUID.randomUUID() + "/";
  }

  @Test
  void aLink_getsExactlyTheObjectsBytes_asOftenAsAsked() {
    byte[] content = new byte[256 * 3];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) i;
    }
    store(prefix + "pages/p01.jpg", content);

    URI link = signer.downloadLink(prefix + "pages/p01.jpg", Duration.ofMinutes(10));

    for (int i = 0; i < 2; i++) {
      Answer answer = get(link);
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo(content);
    }
  }

  @Test
  void theLongestValidity_isAccepted_andTheLinkWorks() {
    store(prefix + "longest", "x".getBytes(UTF_8));

    assertThat(get(signer.downloadLink(prefix + "longest", LinkSigner.MAX_VALIDITY)).status())
        .isEqualTo(200);
  }

  @Test
  void aLinkToAMissingObject_givesNoBytes() {
    Answer answer = get(signer.downloadLink(prefix + "never-written.jpg", Duration.ofMinutes(1)));

    assertThat(answer.status()).isIn(403, 404);
  }

  @Test
  void aLink_stopsWorking_onceItsValidityHasPassed() {
    store(prefix + "short", "short-lived bytes".getBytes(UTF_8));
    URI link = signer.downloadLink(prefix + "short", Duration.ofSeconds(1));

    waitPast(Duration.ofSeconds(1));

    Answer answer = get(link);
    assertThat(answer.status()).isEqualTo(403);
    assertThat(new String(answer.body(), UTF_8)).doesNotContain("short-lived bytes");
  }

  @Test
  void aLinkAlteredToNameAnotherKey_isRefused() {
    store(prefix + "mine", "mine".getBytes(UTF_8));
    store(prefix + "theirs", "their private bytes".getBytes(UTF_8));
    URI link = signer.downloadLink(prefix + "mine", Duration.ofMinutes(1));

    Answer answer = get(URI.create(link.toString().replace(prefix + "mine", prefix + "theirs")));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(new String(answer.body(), UTF_8)).doesNotContain("their private bytes");
  }

  @Test
  void badInput_isRefused() {
    assertThatThrownBy(() -> signer.downloadLink(prefix + "a", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> signer.downloadLink(prefix + "a", Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> signer.downloadLink(prefix + "a", LinkSigner.MAX_VALIDITY.plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT15M");
    assertThatThrownBy(() -> signer.downloadLink(prefix + "a", Duration.ofDays(8)))
        .as("beyond what SigV4 allows at all (7 days)")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> signer.downloadLink(" ", Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> signer.downloadLink(null, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
