package dev.satpage.aws.s3;

import dev.satpage.model.port.LinkSigner;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * {@link LinkSigner} with S3 presigned GET URLs (SigV4, valid for at most {@link LinkSigner#MAX_VALIDITY}). A presigned
 * URL carries the signer's permissions, so the signing role needs only {@code s3:GetObject} on the output prefixes.
 */
public final class S3LinkSigner implements LinkSigner {
  private final S3Presigner presigner;
  private final String bucket;

  public S3LinkSigner(S3Presigner presigner, String bucket) {
    this.presigner = presigner;
    this.bucket = bucket;
  }

  @Override
  public URI downloadLink(String key, Duration validity) {
    if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
      throw new IllegalArgumentException("link validity must be in (0, " + MAX_VALIDITY + "], got " + validity);
    }
    var request =
        presigner.presignGetObject(b -> b.signatureDuration(validity).getObjectRequest(g -> g.bucket(bucket).key(key)));
    return URI.create(request.url().toString());
  }
}
