package dev.satpage.model.storage;

import dev.satpage.model.json.MessageFormatException;

/** An {@code s3://bucket/key} reference: how large things travel in messages. */
public record S3Uri(String bucket, String key) {
  public S3Uri {
    if (bucket == null || bucket.isBlank() || key == null || key.isBlank()) {
      throw new IllegalArgumentException("bucket and key are required");
    }
  }

  public static S3Uri parse(String uri) {
    if (uri == null || !uri.startsWith("s3://")) {
      throw new MessageFormatException("uri", "'" + uri + "' is not an s3:// URI");
    }
    String rest = uri.substring(5);
    int slash = rest.indexOf('/');
    if (slash <= 0 || slash == rest.length() - 1) {
      throw new MessageFormatException("uri", "'" + uri + "' has no bucket or no key");
    }
    return new S3Uri(rest.substring(0, slash), rest.substring(slash + 1));
  }

  @Override
  public String toString() {
    return "s3://" + bucket + "/" + key;
  }
}
