package dev.satpage.imagery.app;

import dev.satpage.imagery.PageUploads;
import dev.satpage.model.failure.TransientFailure;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Writes output objects with user metadata ({@code x-amz-meta-*}), a SHA-256 checksum S3 verifies on receipt
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) and server-side encryption.
 */
final class S3PageUploads implements PageUploads {
  private final S3Client s3;
  private final String bucket;
  private final String serverSideEncryption;

  S3PageUploads(S3Client s3, String bucket, String serverSideEncryption) {
    this.s3 = s3;
    this.bucket = bucket;
    this.serverSideEncryption = serverSideEncryption;
  }

  @Override
  public void put(String key, byte[] content, String contentType, Map<String, String> metadata) {
    PutObjectRequest.Builder request = PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType)
        .metadata(ascii(metadata)).checksumAlgorithm(ChecksumAlgorithm.SHA256);
    if (!"none".equalsIgnoreCase(serverSideEncryption)) {
      request.serverSideEncryption(serverSideEncryption);
    }
    try {
      s3.putObject(request.build(), RequestBody.fromBytes(content));
    } catch (SdkException e) {
      throw new TransientFailure("cannot upload s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
    }
  }

  /** S3 user metadata travels as HTTP headers: non-ASCII (the © in attributions) is escaped as \\uXXXX. */
  private static Map<String, String> ascii(Map<String, String> metadata) {
    Map<String, String> result = new java.util.LinkedHashMap<>();
    metadata.forEach((k, v) -> {
      StringBuilder s = new StringBuilder(v.length());
      v.chars().forEach(c -> s.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
      result.put(k, s.toString());
    });
    return result;
  }
}
