package dev.satpage.aws.strict;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A byte-level HTTP proxy in front of S3Proxy that answers chosen conditional PUTs ({@code
 * If-None-Match} / {@code If-Match}) the way S3 answers a conditional write that met a concurrent
 * operation on the key, which S3Proxy never does: {@code 409 Conflict} with error code {@code
 * ConditionalRequestConflict}, nothing written. Everything else is forwarded byte for byte (SigV4
 * signatures, which cover the Host header, stay valid), one exchange per connection. Written from
 * S3's documentation, not from our adapter:
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html (If-None-Match, If-Match: "If
 * a conflicting operation occurs during the upload S3 returns a 409 ConditionalRequestConflict
 * response. On a 409 failure you should retry the upload.") and
 * https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (the REST error body and the
 * code's 409 status), both read 2026-12-02.
 */
public final class S3ConflictProxy implements AutoCloseable {
  private final URI target;
  private final ServerSocket server;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, Arm> armed = new ConcurrentHashMap<>();
  private final AtomicInteger conflictsAnswered = new AtomicInteger();

  private S3ConflictProxy(URI target) throws IOException {
    this.target = target;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::acceptLoop);
  }

  /**
   * Starts on a free loopback port in front of {@code target} ({@code http://host:port} of
   * S3Proxy).
   */
  public static S3ConflictProxy start(URI target) {
    try {
      return new S3ConflictProxy(target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  /**
   * The next {@code times} conditional PUTs of {@code key} (in any bucket) are answered 409; {@code
   * competitor} runs once, before the first answer, while the client waits (the concurrent write
   * that won).
   */
  public void conflictOnNextConditionalWrites(String key, int times, Runnable competitor) {
    armed.put(key, new Arm(times, competitor));
  }

  /** Conflicts answered so far: a test can tell that the adapter really met them. */
  public int conflictsAnswered() {
    return conflictsAnswered.get();
  }

  public void reset() {
    armed.clear();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        threads.execute(() -> handle(client));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void handle(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      Optional<HttpHead> head = HttpHead.read(in);
      if (head.isEmpty()) {
        return;
      }
      HttpHead h = head.get();
      boolean conditional =
          h.header("If-None-Match").isPresent() || h.header("If-Match").isPresent();
      if (h.method().equals("PUT") && conditional && take(key(h.path()))) {
        answerConflict(h, in, out);
      } else {
        forward(h, in, out);
      }
    } catch (IOException e) {
      // the client or S3Proxy went away: nothing to answer
    }
  }

  private boolean take(String key) {
    Arm arm = armed.get(key);
    return arm != null && arm.take();
  }

  /**
   * S3 reads the whole upload before it can tell the conflict: continue, drain the body, then 409.
   */
  private void answerConflict(HttpHead h, InputStream in, OutputStream out) throws IOException {
    if (h.header("Expect").filter(e -> e.equalsIgnoreCase("100-continue")).isPresent()) {
      out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    }
    in.readNBytes((int) h.contentLength());
    String requestId =
        UUID.randomUUID()
            .toString()
            .replace("-", "")
            .substring(0, 16)
            .toUpperCase(java.util.Locale.ROOT);
    String body =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>ConditionalRequestConflict</Code>"
            + "<Message>A conflicting operation occurred. If using PutObject you can retry the request.</Message>"
            + "<Resource>"
            + h.path()
            + "</Resource><RequestId>"
            + requestId
            + "</RequestId></Error>";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String response =
        "HTTP/1.1 409 Conflict\r\nContent-Type: application/xml\r\nx-amz-request-id: "
            + requestId
            + "\r\nContent-Length: "
            + bytes.length
            + "\r\nConnection: close\r\n\r\n";
    out.write(response.getBytes(StandardCharsets.ISO_8859_1));
    out.write(bytes);
    out.flush();
    conflictsAnswered.incrementAndGet();
  }

  private void forward(HttpHead h, InputStream in, OutputStream out) throws IOException {
    try (Socket upstream = new Socket()) {
      upstream.connect(new InetSocketAddress(target.getHost(), target.getPort()));
      OutputStream up = upstream.getOutputStream();
      up.write(h.withConnectionClose());
      up.flush();
      // Request body (after a 100 Continue, if asked for) one way, the whole response the other,
      // until S3Proxy closes.
      var toUpstream = threads.submit(() -> pump(in, up));
      pump(upstream.getInputStream(), out);
      toUpstream.cancel(true);
    }
  }

  private static Void pump(InputStream from, OutputStream to) {
    byte[] buf = new byte[16 * 1024];
    try {
      int n;
      while ((n = from.read(buf)) >= 0) {
        to.write(buf, 0, n);
        to.flush();
      }
    } catch (IOException e) {
      // one side closed
    }
    return null;
  }

  /** The object key of a path-style request {@code /bucket/key}. */
  private static String key(String path) {
    String p = java.net.URLDecoder.decode(path, StandardCharsets.UTF_8);
    int slash = p.indexOf('/', 1);
    return slash < 0 ? "" : p.substring(slash + 1);
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    threads.shutdownNow();
  }

  private static final class Arm {
    private int left;
    private Runnable competitor;

    Arm(int left, Runnable competitor) {
      this.left = left;
      this.competitor = competitor;
    }

    boolean take() {
      Runnable run;
      synchronized (this) {
        if (left == 0) {
          return false;
        }
        left--;
        run = competitor;
        competitor = null;
      }
      if (run != null) {
        run.run();
      }
      return true;
    }
  }
}
