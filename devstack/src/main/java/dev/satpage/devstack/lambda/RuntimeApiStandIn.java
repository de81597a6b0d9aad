package dev.satpage.devstack.lambda;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The few routes of the Lambda Runtime API
 * (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html) a runtime client uses: {@code
 * GET /invocation/next} hands out queued events, {@code POST /invocation/{id}/response|error}
 * completes them, {@code POST /init/error} records an init failure. Tests start a function under
 * the real runtime interface client (a separate JVM, as on Lambda) against it and play the event
 * source mapping.
 */
public final class RuntimeApiStandIn implements AutoCloseable {
  private static final String PREFIX = "/2018-06-01/runtime/";

  private final HttpServer server;
  private final BlockingQueue<String[]> events = new LinkedBlockingQueue<>();
  private final Map<String, CompletableFuture<String>> results = new ConcurrentHashMap<>();
  private final CompletableFuture<String> initError = new CompletableFuture<>();
  private final CompletableFuture<Long> firstPoll = new CompletableFuture<>();

  /** Starts on a free loopback port. */
  public RuntimeApiStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(PREFIX, this::handle);
    server.start();
  }

  /** host:port, the value of AWS_LAMBDA_RUNTIME_API. */
  public String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Queues an invocation; the future completes with the function's response body ("error: …" on an
   * error).
   */
  public CompletableFuture<String> invoke(String eventJson) {
    String id = UUID.randomUUID().toString();
    CompletableFuture<String> result = new CompletableFuture<>();
    results.put(id, result);
    events.add(new String[] {id, eventJson});
    return result;
  }

  /**
   * Completes with the body the runtime client posted to /init/error, if the function's init
   * failed.
   */
  public CompletableFuture<String> initError() {
    return initError;
  }

  /**
   * Completes with {@link System#nanoTime()} when the runtime client first asked for an event: the
   * end of its init phase, where Lambda's {@code Init Duration} ends
   * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html, Init phase: "the
   * Init phase ends when the runtime and all extensions signal that they are ready by sending a
   * Next API request", read 2026-12-03).
   */
  public CompletableFuture<Long> firstPoll() {
    return firstPoll;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    try (exchange) {
      if (path.equals("invocation/next")) {
        firstPoll.complete(System.nanoTime());
        String[] event = events.take(); // long-poll, as the real API does
        exchange.getResponseHeaders().set("Lambda-Runtime-Aws-Request-Id", event[0]);
        exchange
            .getResponseHeaders()
            .set("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 300_000));
        exchange
            .getResponseHeaders()
            .set(
                "Lambda-Runtime-Invoked-Function-Arn",
                "arn:aws:lambda:us-east-1:000000000000:function:satpage-imagery-worker");
        exchange
            .getResponseHeaders()
            .set("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000");
        send(exchange, 200, event[1]);
      } else if (path.startsWith("invocation/") && path.endsWith("/response")) {
        results.get(path.split("/")[1]).complete(body);
        send(exchange, 202, "{\"status\":\"OK\"}");
      } else if (path.startsWith("invocation/") && path.endsWith("/error")) {
        results.get(path.split("/")[1]).complete("error: " + body);
        send(exchange, 202, "{\"status\":\"OK\"}");
      } else if (path.equals("init/error")) {
        initError.complete(body);
        send(exchange, 202, "{\"status\":\"OK\"}");
      } else {
        send(exchange, 404, "{}");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
