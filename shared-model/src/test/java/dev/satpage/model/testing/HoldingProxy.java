package dev.satpage.model.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * An HTTP/1.1 proxy in front of one upstream that holds the requests a predicate picks until {@link
 * #release()}, and forwards everything else at once: a provider (or queue) answer as slow as a test
 * wants, without a clock — a held request waits on a latch, so "while it is held" is a state the
 * test controls, not a duration. Upstreams that check no signature over the Host header only (the
 * imagery simulator, ElasticMQ): the forwarded request is re-sent by the JDK client.
 */
public final class HoldingProxy implements AutoCloseable {
  /** What the predicate sees of a request. */
  public record Request(String method, String pathAndQuery, String body) {}

  /** Hop-by-hop and framing headers the JDK client sets itself (and refuses to be given). */
  private static final Set<String> NOT_FORWARDED =
      Set.of(
          "host",
          "connection",
          "content-length",
          "expect",
          "upgrade",
          "transfer-encoding",
          "keep-alive");

  private final URI upstream;
  private final Predicate<Request> hold;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final CountDownLatch released = new CountDownLatch(1);
  private final AtomicInteger holding = new AtomicInteger();
  private final AtomicInteger heldSoFar = new AtomicInteger();

  private HoldingProxy(URI upstream, Predicate<Request> hold) throws IOException {
    this.upstream = upstream;
    this.hold = hold;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts on a free loopback port in front of {@code upstream} ({@code http://host:port}). */
  public static HoldingProxy start(URI upstream, Predicate<Request> hold) {
    try {
      return new HoldingProxy(upstream, hold);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Requests being held right now. */
  public int holding() {
    return holding.get();
  }

  /** Requests held since the start, released or not. */
  public int heldSoFar() {
    return heldSoFar.get();
  }

  /** Lets every held request through, and every later one at once. */
  public void release() {
    released.countDown();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String target = exchange.getRequestURI().toString();
      Request request =
          new Request(
              exchange.getRequestMethod(), target, new String(body, StandardCharsets.UTF_8));
      if (released.getCount() > 0 && hold.test(request)) {
        heldSoFar.incrementAndGet();
        holding.incrementAndGet();
        try {
          released.await();
        } finally {
          holding.decrementAndGet();
        }
      }
      HttpResponse<byte[]> answer =
          client.send(forward(exchange, target, body), HttpResponse.BodyHandlers.ofByteArray());
      answer
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))
                    && !name.startsWith(":")) {
                  exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
              });
      byte[] content = answer.body();
      exchange.sendResponseHeaders(answer.statusCode(), content.length == 0 ? -1 : content.length);
      exchange.getResponseBody().write(content);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private HttpRequest forward(HttpExchange exchange, String target, byte[] body) {
    HttpRequest.Builder out =
        HttpRequest.newBuilder(upstream.resolve(target))
            .method(
                exchange.getRequestMethod(),
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> out.header(name, v));
              }
            });
    return out.build();
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    threads.shutdownNow();
  }
}
