package dev.satpage.aws.s3;

import dev.satpage.model.port.LinkSigner;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * {@link LinkSigner} with S3 presigned GET URLs (SigV4, valid for at most {@link
 * LinkSigner#MAX_VALIDITY}). A presigned URL carries the signer's permissions, so the signing role
 * needs only {@code s3:GetObject} on the output prefixes. Signing is local (no request to S3), so
 * it cannot fail for S3's reasons; a link to a missing object answers 404.
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
    LinkSigner.check(key, validity);
    var request =
        presigner.presignGetObject(
            b -> b.signatureDuration(validity).getObjectRequest(g -> g.bucket(bucket).key(key)));
    return URI.create(request.url().toString());
  }
}
