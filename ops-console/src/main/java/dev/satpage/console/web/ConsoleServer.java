package dev.satpage.console.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a {@link Console} on the JDK's HTTP server. Adds the headers every answer carries: a
 * Content-Security-Policy allowing this origin only (no script at all), no framing, no sniffing,
 * and no caching of pages.
 */
public final class ConsoleServer implements AutoCloseable {
  /** A form is a few hundred bytes; anything much larger is not one of ours. */
  static final int MAX_FORM_BYTES = 16 * 1024;

  private static final Logger log = LoggerFactory.getLogger(ConsoleServer.class);
  private static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "Content-Security-Policy",
          "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
          "X-Content-Type-Options",
          "nosniff",
          "Referrer-Policy",
          "no-referrer");

  private final HttpServer server;
  private final ExecutorService threads;

  public ConsoleServer(Console console, InetSocketAddress address) throws IOException {
    this.server = HttpServer.create(address, 0);
    this.threads = Executors.newFixedThreadPool(4);
    server.setExecutor(threads);
    server.createContext("/", exchange -> serve(console, exchange));
    server.start();
  }

  /** The base URI, e.g. {@code http://127.0.0.1:8088}. */
  public URI uri() {
    return URI.create(
        "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
  }

  private static void serve(Console console, HttpExchange x) throws IOException {
    try (x) {
      Response response;
      try {
        response = console.handle(request(x));
      } catch (FormTooLarge e) {
        response = Response.html(413, "<p>form too large</p>");
      } catch (RuntimeException e) {
        log.error("console: {} {} failed", x.getRequestMethod(), x.getRequestURI().getPath(), e);
        response =
            Response.html(
                500,
                "<!doctype html><title>Error</title><p>The console could not answer: "
                    + Html.esc(e.getMessage())
                    + "</p><p><a href=\"/\">Overview</a></p>");
      }
      SECURITY_HEADERS.forEach(x.getResponseHeaders()::set);
      response.headers().forEach(x.getResponseHeaders()::set);
      x.getResponseHeaders().set("Content-Type", response.contentType());
      if (response.contentType().startsWith("text/html")) {
        x.getResponseHeaders().set("Cache-Control", "no-store");
      }
      byte[] body = response.body();
      x.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        x.getResponseBody().write(body);
      }
    }
  }

  private static Request request(HttpExchange x) throws IOException {
    Map<String, String> params = new LinkedHashMap<>();
    if ("POST".equals(x.getRequestMethod())) {
      try (InputStream in = x.getRequestBody()) {
        byte[] body = in.readNBytes(MAX_FORM_BYTES + 1);
        if (body.length > MAX_FORM_BYTES) {
          throw new FormTooLarge();
        }
        Request.parse(new String(body, StandardCharsets.US_ASCII), params);
      }
    }
    Request.parse(x.getRequestURI().getRawQuery(), params);
    return new Request(x.getRequestMethod(), x.getRequestURI().getPath(), params, cookie(x));
  }

  private static String cookie(HttpExchange x) {
    for (String header : x.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
      for (String part : header.split(";")) {
        String p = part.strip();
        if (p.startsWith(Console.COOKIE + "=")) {
          return p.substring(Console.COOKIE.length() + 1);
        }
      }
    }
    return null;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private static final class FormTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
