package dev.satpage.producer.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte for byte on a socket, for requests a well-behaved client refuses to send (a
 * raw NUL, a malformed request line, an over-long header): what a careless or hostile caller can
 * put on the wire.
 */
final class RawHttp {
  /**
   * A response as read off the wire: status, headers (names lower-cased, last value wins), body.
   */
  record Response(int status, Map<String, String> headers, String body) {
    String contentType() {
      return headers.getOrDefault("content-type", "");
    }
  }

  private final String host;
  private final int port;

  RawHttp(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /**
   * Sends {@code head} (request line and headers, CRLF-separated, without the blank line) and an
   * optional body.
   */
  Response send(String head, byte[] body) {
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout(30_000);
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      request.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
      request.writeBytes("\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        request.writeBytes(body);
      }
      socket.getOutputStream().write(request.toByteArray());
      socket.getOutputStream().flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A GET of {@code target} exactly as given (no encoding), with {@code extraHeaders}
   * (CRLF-separated lines).
   */
  Response get(String target, String extraHeaders) {
    String head =
        "GET "
            + target
            + " HTTP/1.1\r\nHost: "
            + host
            + ":"
            + port
            + (extraHeaders == null || extraHeaders.isEmpty() ? "" : "\r\n" + extraHeaders);
    return send(head, null);
  }

  private static Response read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes(); // Connection: close — the server ends the response by closing
    String text = new String(all, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("no complete response head in " + all.length + " bytes: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    String rest = text.substring(end + 4);
    String body =
        "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? dechunk(rest) : rest;
    return new Response(
        status,
        headers,
        new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
  }

  private static String dechunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
      if (size == 0) {
        return out.toString();
      }
      out.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }
}
