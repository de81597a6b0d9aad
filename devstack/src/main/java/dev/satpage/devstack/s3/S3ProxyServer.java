package dev.satpage.devstack.s3;

import java.net.URI;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * Embedded S3Proxy 4.x on 127.0.0.1 checking AWS Signature V2/V4 (including presigned URLs), backed
 * by an in-memory store or, with a data directory, by files that survive restarts.
 */
public final class S3ProxyServer implements AutoCloseable {
  private static final long START_TIMEOUT_MILLIS = 10_000;

  private final S3Proxy proxy;
  private boolean closed;

  private S3ProxyServer(S3Proxy proxy) {
    this.proxy = proxy;
  }

  /**
   * Starts S3Proxy on {@code port} (0 = a free port); {@code dataDir} null keeps objects in memory
   * only.
   */
  public static S3ProxyServer start(int port, String accessKey, String secretKey, Path dataDir) {
    // S3Proxy 4.x dropped jclouds: its own nio2 blob stores replace "transient" / "filesystem".
    BlobStore store =
        dataDir == null
            ? new TransientNio2BlobStore()
            : new FilesystemNio2BlobStore(dataDir.toAbsolutePath().toString());
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(store)
            .endpoint(URI.create("http://127.0.0.1:" + port))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
            .build();
    try {
      proxy.start();
      long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
      while (!"STARTED".equals(proxy.getState())) {
        if (System.currentTimeMillis() > deadline) {
          throw new IllegalStateException(
              "S3Proxy did not start within 10 s, state " + proxy.getState());
        }
        Thread.sleep(10);
      }
    } catch (Exception e) {
      stopQuietly(proxy);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("cannot start S3Proxy on port " + port, e);
    }
    return new S3ProxyServer(proxy);
  }

  /**
   * {@code http://127.0.0.1:<port>}; use path-style addressing (the bucket is the first path
   * segment).
   */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      stopQuietly(proxy);
    }
  }

  private static void stopQuietly(S3Proxy proxy) {
    try {
      proxy.stop();
    } catch (Exception e) {
      System.err.println("S3Proxy did not stop cleanly: " + e);
    }
  }
}
