package dev.satpage.aws.s3;

import dev.satpage.aws.AwsClients;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.model.port.LinkSigner;
import dev.satpage.model.testing.LinkSignerContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The {@link LinkSignerContract} against {@link S3LinkSigner}: presigned URLs fetched with a plain
 * HTTP GET from S3Proxy.
 */
@ExtendWith(DevstackExtension.class)
class S3LinkSignerIT extends LinkSignerContract {
  private static Devstack devstack;
  private static S3Presigner presigner;
  private static S3ObjectStore store;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void startDevstack(Devstack started) {
    devstack = started;
    presigner = AwsClients.presigner(S3ObjectStoreIT.settings(devstack));
    store = new S3ObjectStore(AwsClients.s3(S3ObjectStoreIT.settings(devstack)), devstack.bucket());
  }

  @AfterAll
  static void stopDevstack() {
    presigner.close();
  }

  @Override
  protected LinkSigner createSigner() {
    return new S3LinkSigner(presigner, devstack.bucket());
  }

  @Override
  protected void store(String key, byte[] content) {
    store.put(key, content, "application/octet-stream");
  }

  @Override
  protected Answer get(URI link) {
    try {
      HttpResponse<byte[]> r =
          HTTP.send(
              HttpRequest.newBuilder(link).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * SigV4 expiry is counted in whole seconds from X-Amz-Date: wait one second more than the
   * validity.
   */
  @Override
  protected void waitPast(Duration validity) {
    try {
      Thread.sleep(validity.plusMillis(1500).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
