package dev.satpage.aws.s3;

import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.StoredObject;
import dev.satpage.model.port.WriteOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link ObjectStore} over the S3 API. Conditional writes use {@code If-None-Match: *} and {@code
 * If-Match}; S3 answers 412 when the condition fails and 409 {@code ConditionalRequestConflict} to
 * a conditional write that met a concurrent operation on the key, which we retry a few times, then
 * surface as {@link TransientFailure}
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html; S3Proxy never
 * answers 409, so S3ObjectStoreIT injects it through {@code S3ConflictProxy}). SDK and network
 * errors surface as {@link TransientFailure} so the message is retried. Every write is traced and
 * carries its {@code traceparent} as user metadata ({@link TracedWrites}).
 */
public final class S3ObjectStore implements ObjectStore {
  /**
   * Attempts of one conditional write answered 409 before it surfaces as a {@link
   * TransientFailure}.
   */
  private static final int CONFLICT_ATTEMPTS = 5;

  private final S3Client s3;
  private final String bucket;

  public S3ObjectStore(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  @Override
  public String bucket() {
    return bucket;
  }

  /**
   * One PutObject with the options as headers: {@code x-amz-meta-*}, {@code
   * x-amz-server-side-encryption} (none for the bucket's default) with {@code
   * x-amz-server-side-encryption-aws-kms-key-id} where a key is named, and, with {@code
   * checksumSha256}, a SHA-256 the SDK computes and S3 checks on receipt, refusing the write if the
   * bytes arrived otherwise
   * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
   */
  @Override
  public void put(String key, byte[] content, WriteOptions options) {
    TracedWrites.write(
        bucket,
        key,
        options.metadata(),
        metadata -> {
          PutObjectRequest.Builder request = request(key, options.contentType()).metadata(metadata);
          if (options.encryption() != WriteOptions.Encryption.BUCKET_DEFAULT) {
            request
                .serverSideEncryption(options.encryption().setting())
                .ssekmsKeyId(options.kmsKeyId());
          }
          if (options.checksumSha256()) {
            request.checksumAlgorithm(ChecksumAlgorithm.SHA256);
          }
          return call(
              () -> s3.putObject(request.build(), body(content, options.contentType())), key);
        });
  }

  @Override
  public Optional<String> putIfAbsent(String key, byte[] content, String contentType) {
    return conditionalPut(key, content, contentType, r -> r.ifNoneMatch("*"));
  }

  @Override
  public Optional<String> replaceIfMatch(
      String key, byte[] content, String contentType, String expectedEtag) {
    return conditionalPut(key, content, contentType, r -> r.ifMatch(expectedEtag));
  }

  private Optional<String> conditionalPut(
      String key,
      byte[] content,
      String contentType,
      UnaryOperator<PutObjectRequest.Builder> condition) {
    return TracedWrites.write(
        bucket,
        key,
        Map.of(),
        metadata ->
            conditionalPut(
                condition.apply(request(key, contentType).metadata(metadata)).build(), content));
  }

  @Override
  public void delete(String key) {
    call(() -> s3.deleteObject(b -> b.bucket(bucket).key(key)), key);
  }

  /**
   * One GetObject, read straight into an array of the object's Content-Length: the SDK's {@code
   * getObjectAsBytes} grew a buffer while reading and copied the bytes twice more on the way out.
   */
  @Override
  public Optional<StoredObject> get(String key) {
    try (ResponseInputStream<GetObjectResponse> in =
        call(() -> s3.getObject(b -> b.bucket(bucket).key(key)), key)) {
      GetObjectResponse r = in.response();
      byte[] content =
          r.contentLength() == null
              ? in.readAllBytes()
              : in.readNBytes(Math.toIntExact(r.contentLength()));
      if (r.contentLength() != null && content.length != r.contentLength()) {
        throw new TransientFailure(
            "S3 read of " + key + " ended after " + content.length + " of " + r.contentLength());
      }
      return Optional.of(new StoredObject(key, content, r.contentType(), r.eTag(), r.metadata()));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (IOException | SdkClientException e) {
      throw new TransientFailure("S3 read of " + key + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean exists(String key) {
    try {
      call(() -> s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key).build()), key);
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public List<String> list(String prefix) {
    List<String> keys = new ArrayList<>();
    String token = null;
    do {
      ListObjectsV2Request.Builder req =
          ListObjectsV2Request.builder().bucket(bucket).prefix(prefix);
      if (token != null) {
        req.continuationToken(token);
      }
      ListObjectsV2Response page = call(() -> s3.listObjectsV2(req.build()), prefix);
      page.contents().forEach(o -> keys.add(o.key()));
      token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
    } while (token != null);
    keys.sort(null);
    return keys;
  }

  /**
   * The bytes as they are: {@code RequestBody.fromBytes} copies them first (a page, a PDF, a
   * stitched print). Callers hand over arrays they no longer change.
   */
  private static RequestBody body(byte[] content, String contentType) {
    return RequestBody.fromContentProvider(
        ContentStreamProvider.fromByteArrayUnsafe(content), content.length, contentType);
  }

  private PutObjectRequest.Builder request(String key, String contentType) {
    return PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType);
  }

  /**
   * The written object's entity tag, which PutObject answers with (response header {@code ETag}:
   * https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html, read 2026-12-03), or empty
   * if the condition failed.
   */
  private Optional<String> conditionalPut(PutObjectRequest request, byte[] content) {
    for (int attempt = 1; ; attempt++) {
      try {
        String etag =
            call(() -> s3.putObject(request, body(content, request.contentType())), request.key())
                .eTag();
        if (etag == null) {
          throw new IllegalStateException("PutObject of " + request.key() + " answered no ETag");
        }
        return Optional.of(etag);
      } catch (S3Exception e) {
        if (e.statusCode() == 412) {
          return Optional.empty();
        }
        if (e.statusCode() == 409) {
          // 409 ConditionalRequestConflict: a concurrent operation on the key; nothing was written.
          // "On a 409 failure you should retry the upload" (API_PutObject, If-None-Match /
          // If-Match; read 2026-12-02). A retry of an If-Match write whose object changed meanwhile
          // then answers 412, i.e. empty.
          if (attempt < CONFLICT_ATTEMPTS) {
            sleep(20L * attempt);
            continue;
          }
          throw new TransientFailure(
              "conditional write of "
                  + request.key()
                  + " met a concurrent write "
                  + attempt
                  + " times (409 "
                  + errorCode(e)
                  + ")",
              e);
        }
        if (e.statusCode() == 404) {
          return Optional.empty(); // If-Match on a key that does not exist
        }
        throw new TransientFailure(
            "conditional write of " + request.key() + " failed: " + e.getMessage(), e);
      }
    }
  }

  private static String errorCode(S3Exception e) {
    return e.awsErrorDetails() == null ? "conflict" : e.awsErrorDetails().errorCode();
  }

  private static <T> T call(java.util.function.Supplier<T> op, String key) {
    try {
      return op.get();
    } catch (S3Exception e) {
      if (e.statusCode() >= 500 || e.statusCode() == 429) {
        throw new TransientFailure(
            "S3 " + e.statusCode() + " on " + key + ": " + e.getMessage(), e);
      }
      throw e;
    } catch (SdkClientException e) {
      throw new TransientFailure("S3 unreachable for " + key + ": " + e.getMessage(), e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransientFailure("interrupted", e);
    }
  }
}
