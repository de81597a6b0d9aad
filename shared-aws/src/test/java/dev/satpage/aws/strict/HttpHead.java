package dev.satpage.aws.strict;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The request line and header lines of one HTTP/1.1 message (RFC 9112 §2.1), as read off a socket.
 */
record HttpHead(String startLine, List<String[]> headers) {
  /** Reads up to and including the empty line; empty if the peer closed the connection first. */
  static Optional<HttpHead> read(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int b;
    int state = 0; // counts the bytes of "\r\n\r\n" seen in a row
    while ((b = in.read()) >= 0) {
      buf.write(b);
      state =
          (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3))
              ? state + 1
              : 0;
      if (state == 4) {
        break;
      }
      if (buf.size() > 64 * 1024) {
        throw new IOException("request head over 64 KiB");
      }
    }
    if (state != 4) {
      return Optional.empty();
    }
    String[] lines = buf.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    List<String[]> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.add(
          new String[] {
            lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip()
          });
    }
    return Optional.of(new HttpHead(lines[0], headers));
  }

  Optional<String> header(String name) {
    return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst();
  }

  String method() {
    return startLine.substring(0, startLine.indexOf(' '));
  }

  /** The request target without its query. */
  String path() {
    String target = startLine.split(" ")[1];
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q);
  }

  long contentLength() {
    return header("Content-Length").map(Long::parseLong).orElse(0L);
  }

  /**
   * The head with {@code Connection: close} instead of any Connection header: one exchange per
   * connection.
   */
  byte[] withConnectionClose() {
    StringBuilder out = new StringBuilder(startLine).append("\r\n");
    for (String[] h : headers) {
      if (!h[0].toLowerCase(Locale.ROOT).equals("connection")) {
        out.append(h[0]).append(": ").append(h[1]).append("\r\n");
      }
    }
    return out.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
