package dev.satpage.model.port;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How {@link ObjectStore#put(String, byte[], WriteOptions)} writes an object: its content type,
 * user metadata, server-side encryption and whether the store verifies a SHA-256 checksum of the
 * bytes on receipt. What S3 documents about user metadata
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingMetadata.html, User-defined object
 * metadata, read 2026-12-03) is checked here, so the fake refuses what S3 would: it travels as
 * {@code x-amz-meta-*} HTTP headers, S3 keeps the keys in lower case, and keys and values together
 * are at most 2 KB in UTF-8. Values are kept printable ASCII: any other character (the © of an
 * attribution) is written as {@code \\uXXXX}, so a value reads back the same from every store.
 *
 * @param metadata user metadata; keys are lower-case letters, digits and hyphens
 * @param kmsKeyId with {@link Encryption#SSE_KMS} only: the KMS key (id or ARN); null for the AWS
 *     managed key {@code aws/s3}, which S3 uses when none is named (S3Proxy, stricter, refuses
 *     aws:kms without a key id)
 * @param checksumSha256 the store computes a SHA-256 of the bytes and S3 refuses the write if they
 *     arrive otherwise
 *     (https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
 */
public record WriteOptions(
    String contentType,
    Map<String, String> metadata,
    Encryption encryption,
    String kmsKeyId,
    boolean checksumSha256) {
  /** S3's limit on user metadata, keys and values in UTF-8 bytes. */
  public static final int MAX_METADATA_BYTES = 2048;

  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /**
   * Server-side encryption of the object
   * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/serv-side-encryption.html): the bucket's
   * default (no header; every S3 bucket encrypts new objects with SSE-S3 at least), SSE-S3 ({@code
   * AES256}) or SSE-KMS with the AWS managed key ({@code aws:kms}).
   */
  public enum Encryption {
    BUCKET_DEFAULT("none"),
    SSE_S3("AES256"),
    SSE_KMS("aws:kms");

    private final String setting;

    Encryption(String setting) {
      this.setting = setting;
    }

    /**
     * The value of {@code x-amz-server-side-encryption}, and of the settings that choose it ({@code
     * none}: no header).
     */
    public String setting() {
      return setting;
    }

    /**
     * The encryption a setting names ({@code none}, {@code AES256}, {@code aws:kms}); anything else
     * is refused.
     */
    public static Encryption ofSetting(String value) {
      for (Encryption e : values()) {
        if (e.setting.equalsIgnoreCase(value.strip())) {
          return e;
        }
      }
      throw new IllegalArgumentException(
          "server-side encryption must be none, AES256 or aws:kms: " + value);
    }
  }

  public WriteOptions {
    if (contentType == null || contentType.isBlank()) {
      throw new IllegalArgumentException("contentType is required");
    }
    if (encryption == null) {
      throw new IllegalArgumentException("encryption is required (BUCKET_DEFAULT for none)");
    }
    if (kmsKeyId != null && (encryption != Encryption.SSE_KMS || kmsKeyId.isBlank())) {
      throw new IllegalArgumentException(
          "a KMS key id goes with SSE_KMS only, and is not blank: " + encryption);
    }
    Map<String, String> ascii = new TreeMap<>();
    int bytes = 0;
    for (var e : metadata.entrySet()) {
      if (!KEY.matcher(e.getKey()).matches()) {
        throw new IllegalArgumentException(
            "metadata key '"
                + e.getKey()
                + "' must be lower-case letters, digits and "
                + "hyphens (S3 keeps keys in lower case)");
      }
      String value = printable(e.getValue());
      ascii.put(e.getKey(), value);
      bytes +=
          e.getKey().getBytes(StandardCharsets.UTF_8).length
              + value.getBytes(StandardCharsets.UTF_8).length;
    }
    if (bytes > MAX_METADATA_BYTES) {
      throw new IllegalArgumentException(
          "user metadata is " + bytes + " bytes; S3 allows at most " + MAX_METADATA_BYTES);
    }
    metadata = Map.copyOf(ascii);
  }

  /** A plain write: the content type, no metadata, the bucket's encryption, no checksum. */
  public static WriteOptions of(String contentType) {
    return new WriteOptions(contentType, Map.of(), Encryption.BUCKET_DEFAULT, null, false);
  }

  public WriteOptions withMetadata(Map<String, String> value) {
    return new WriteOptions(contentType, value, encryption, kmsKeyId, checksumSha256);
  }

  /**
   * With this encryption (SSE-KMS with the AWS managed key; see {@link #withKmsKey} for another).
   */
  public WriteOptions withEncryption(Encryption value) {
    return new WriteOptions(contentType, metadata, value, null, checksumSha256);
  }

  /** SSE-KMS with the key {@code keyId}. */
  public WriteOptions withKmsKey(String keyId) {
    return new WriteOptions(contentType, metadata, Encryption.SSE_KMS, keyId, checksumSha256);
  }

  public WriteOptions withChecksumSha256() {
    return new WriteOptions(contentType, metadata, encryption, kmsKeyId, true);
  }

  private static String printable(String value) {
    StringBuilder s = new StringBuilder(value.length());
    value
        .chars()
        .forEach(
            c ->
                s.append(
                    c < 0x20 || c > 0x7E
                        ? String.format(Locale.ROOT, "\\u%04x", c)
                        : String.valueOf((char) c)));
    return s.toString();
  }
}
