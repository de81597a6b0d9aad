package dev.satpage.model.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.StoredObject;
import dev.satpage.model.port.WriteOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ObjectStore} must have; run against the in-memory fake and the S3
 * adapter. Includes the answer S3 gives to concurrent conditional writes and S3Proxy never does,
 * 409 {@code ConditionalRequestConflict} ("On a 409 failure you should retry the upload":
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html, If-None-Match and If-Match,
 * read 2026-12-02): a conflict is retried inside the store; one that persists surfaces as a {@link
 * TransientFailure} and writes nothing.
 */
public abstract class ObjectStoreContract {
  protected ObjectStore store;
  private String prefix;

  protected abstract ObjectStore createStore();

  /**
   * Makes the next {@code times} conditional writes ({@code If-None-Match} / {@code If-Match}) of
   * {@code key} meet a concurrent conflicting operation, answered as S3 answers it (409 {@code
   * ConditionalRequestConflict}, nothing written); {@code competitor} (may be null) runs once,
   * before the first of them is answered: the write that won.
   */
  protected abstract void conflictOnNextConditionalWrites(
      String key, int times, Runnable competitor);

  @BeforeEach
  void setUpStore() {
    store = createStore();
    prefix = "contract/" + UUID.randomUUID() + "/";
  }

  @Test
  void put_thenGet_returnsSameBytesAndContentType() {
    store.put(prefix + "a.json", "{\"a\":1}".getBytes(UTF_8), "application/json");

    StoredObject read = store.get(prefix + "a.json").orElseThrow();
    assertThat(new String(read.content(), UTF_8)).isEqualTo("{\"a\":1}");
    assertThat(read.contentType()).startsWith("application/json");
    assertThat(read.etag()).isNotBlank();
  }

  @Test
  void put_withOptions_keepsContentTypeAndMetadata_asPrintableAscii() {
    WriteOptions options =
        WriteOptions.of("image/jpeg")
            .withMetadata(Map.of("job-id", "book-1/sat-1", "attribution", "Imagery © Microsoft"))
            .withEncryption(WriteOptions.Encryption.SSE_S3)
            .withChecksumSha256();

    store.put(prefix + "page.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2}, options);

    StoredObject read = store.get(prefix + "page.jpg").orElseThrow();
    assertThat(read.content()).containsExactly(0xFF, 0xD8, 1, 2);
    assertThat(read.contentType()).isEqualTo("image/jpeg");
    assertThat(read.metadata())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("job-id", "book-1/sat-1", "attribution", "Imagery \\u00a9 Microsoft"));
  }

  /**
   * SSE-KMS with a named key: S3Proxy refuses aws:kms without one, where S3 would take the AWS
   * managed key.
   */
  @Test
  void put_withEachEncryption_writesTheBytes() {
    WriteOptions plain = WriteOptions.of("text/plain");
    for (WriteOptions options :
        List.of(
            plain,
            plain.withEncryption(WriteOptions.Encryption.SSE_S3),
            plain.withKmsKey("alias/satpage-contract"))) {
      String key = prefix + "enc/" + options.encryption();
      store.put(key, options.encryption().name().getBytes(UTF_8), options);

      assertThat(new String(store.get(key).orElseThrow().content(), UTF_8))
          .isEqualTo(options.encryption().name());
    }
  }

  @Test
  void put_overwrites_contentAndMetadata() {
    store.put(
        prefix + "o",
        "v1".getBytes(UTF_8),
        WriteOptions.of("text/plain").withMetadata(Map.of("a", "1")));
    store.put(
        prefix + "o",
        "v2".getBytes(UTF_8),
        WriteOptions.of("text/plain").withMetadata(Map.of("b", "2")));

    StoredObject read = store.get(prefix + "o").orElseThrow();
    assertThat(new String(read.content(), UTF_8)).isEqualTo("v2");
    assertThat(read.metadata()).containsExactlyEntriesOf(Map.of("b", "2"));
  }

  @Test
  void aPlainPut_hasNoMetadata() {
    store.put(prefix + "plain", "x".getBytes(UTF_8), "text/plain");

    assertThat(store.get(prefix + "plain").orElseThrow().metadata()).isEmpty();
  }

  @Test
  void get_missingKey_isEmpty() {
    assertThat(store.get(prefix + "missing")).isEmpty();
    assertThat(store.exists(prefix + "missing")).isFalse();
  }

  @Test
  void putIfAbsent_createsOnce_answeringTheEtag_secondWriterLoses() {
    Optional<String> created =
        store.putIfAbsent(prefix + "gate", "first".getBytes(UTF_8), "text/plain");
    assertThat(store.putIfAbsent(prefix + "gate", "second".getBytes(UTF_8), "text/plain"))
        .isEmpty();

    StoredObject read = store.get(prefix + "gate").orElseThrow();
    assertThat(new String(read.content(), UTF_8)).isEqualTo("first");
    assertThat(created).contains(read.etag());
  }

  @Test
  void replaceIfMatch_succeedsWithCurrentEtag_failsWithStaleEtag() {
    store.put(prefix + "state", "v1".getBytes(UTF_8), "text/plain");
    String etag1 = store.get(prefix + "state").orElseThrow().etag();

    Optional<String> etag2 =
        store.replaceIfMatch(prefix + "state", "v2".getBytes(UTF_8), "text/plain", etag1);
    assertThat(store.replaceIfMatch(prefix + "state", "v3".getBytes(UTF_8), "text/plain", etag1))
        .isEmpty();

    StoredObject read = store.get(prefix + "state").orElseThrow();
    assertThat(new String(read.content(), UTF_8)).isEqualTo("v2");
    assertThat(etag2).contains(read.etag());
    assertThat(
            store.replaceIfMatch(
                prefix + "state", "v3".getBytes(UTF_8), "text/plain", etag2.orElseThrow()))
        .as("the answered entity tag is the one the next compare-and-set needs")
        .isPresent();
  }

  @Test
  void replaceIfMatch_onMissingKey_writesNothing() {
    assertThat(store.replaceIfMatch(prefix + "none", "x".getBytes(UTF_8), "text/plain", "\"abc\""))
        .isEmpty();
    assertThat(store.exists(prefix + "none")).isFalse();
  }

  @Test
  void list_returnsKeysUnderPrefixInOrder() {
    store.put(prefix + "d/2", new byte[] {2}, "application/octet-stream");
    store.put(prefix + "d/1", new byte[] {1}, "application/octet-stream");
    store.put(prefix + "e/1", new byte[] {3}, "application/octet-stream");

    assertThat(store.list(prefix + "d/")).containsExactly(prefix + "d/1", prefix + "d/2");
  }

  @Test
  void delete_removesTheObject_andDeletingAMissingKeyIsFine() {
    store.put(prefix + "gone", new byte[] {1}, "application/octet-stream");

    store.delete(prefix + "gone");
    store.delete(prefix + "never-there");

    assertThat(store.exists(prefix + "gone")).isFalse();
    assertThat(store.putIfAbsent(prefix + "gone", new byte[] {2}, "application/octet-stream"))
        .isPresent();
  }

  @Test
  void uriOf_namesBucketAndKey() {
    assertThat(store.uriOf("x/y.jpg")).isEqualTo("s3://" + store.bucket() + "/x/y.jpg");
  }

  @Test
  void putIfAbsent_afterAConflict_isRetried_andCreatesTheObjectOnce() {
    conflictOnNextConditionalWrites(prefix + "gate", 1, null);

    assertThat(store.putIfAbsent(prefix + "gate", "first".getBytes(UTF_8), "text/plain"))
        .isPresent();
    assertThat(new String(store.get(prefix + "gate").orElseThrow().content(), UTF_8))
        .isEqualTo("first");
    assertThat(store.putIfAbsent(prefix + "gate", "again".getBytes(UTF_8), "text/plain")).isEmpty();
  }

  @Test
  void putIfAbsent_conflictingWithAWriterThatWon_isEmpty_andKeepsTheWinner() {
    conflictOnNextConditionalWrites(
        prefix + "gate",
        1,
        () -> store.put(prefix + "gate", "winner".getBytes(UTF_8), "text/plain"));

    assertThat(store.putIfAbsent(prefix + "gate", "loser".getBytes(UTF_8), "text/plain")).isEmpty();
    assertThat(new String(store.get(prefix + "gate").orElseThrow().content(), UTF_8))
        .isEqualTo("winner");
  }

  @Test
  void replaceIfMatch_afterAConflict_isRetried_andReplaces() {
    store.put(prefix + "state", "v1".getBytes(UTF_8), "text/plain");
    String etag = store.get(prefix + "state").orElseThrow().etag();
    conflictOnNextConditionalWrites(prefix + "state", 2, null);

    assertThat(store.replaceIfMatch(prefix + "state", "v2".getBytes(UTF_8), "text/plain", etag))
        .isPresent();
    assertThat(new String(store.get(prefix + "state").orElseThrow().content(), UTF_8))
        .isEqualTo("v2");
  }

  @Test
  void replaceIfMatch_conflictingWithAWriterThatChangedIt_isEmpty() {
    store.put(prefix + "state", "v1".getBytes(UTF_8), "text/plain");
    String etag = store.get(prefix + "state").orElseThrow().etag();
    conflictOnNextConditionalWrites(
        prefix + "state",
        1,
        () -> store.put(prefix + "state", "theirs".getBytes(UTF_8), "text/plain"));

    assertThat(store.replaceIfMatch(prefix + "state", "mine".getBytes(UTF_8), "text/plain", etag))
        .isEmpty();
    assertThat(new String(store.get(prefix + "state").orElseThrow().content(), UTF_8))
        .isEqualTo("theirs");
  }

  @Test
  void aConflictThatPersists_isATransientFailure_andWritesNothing() {
    conflictOnNextConditionalWrites(prefix + "busy", 1000, null);

    assertThatThrownBy(() -> store.putIfAbsent(prefix + "busy", "x".getBytes(UTF_8), "text/plain"))
        .isInstanceOf(TransientFailure.class)
        .hasMessageContaining("409");
    assertThat(store.exists(prefix + "busy")).isFalse();
  }
}
