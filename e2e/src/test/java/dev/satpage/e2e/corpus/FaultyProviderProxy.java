package dev.satpage.e2e.corpus;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sits between the imagery worker and the simulator and answers badly for homes in marked latitude
 * bands, so bad imagery hits one book while the other orders in flight get real images. Bands: [10,
 * 11) an HTML page with status 200, [11, 12) a corrupt JPEG, [12, 13) a JPEG header claiming
 * 60000×60000, [13, 14) a redirect to the instance metadata address 169.254.169.254, [14, 15) a
 * content type naming the other image format than the bytes (JPEG for the PNG of a tile, PNG for a
 * JPEG). The latitude is a static image's {@code center} or, for a tile, its middle row ({@code
 * zoom}, {@code y}).
 */
final class FaultyProviderProxy implements AutoCloseable {
  private static final Pattern CENTER = Pattern.compile("center=(-?[0-9.]+),(-?[0-9.]+)");
  private static final Pattern TILE = Pattern.compile("(?:^|&)zoom=(\\d+)&x=\\d+&y=(\\d+)");

  private final HttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final AtomicReference<URI> upstream = new AtomicReference<>();

  FaultyProviderProxy() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::handle);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  void upstream(URI simulator) {
    upstream.set(simulator);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      int band = (int) Math.floor(latitude(String.valueOf(ex.getRequestURI().getRawQuery())));
      switch (band) {
        case 10 ->
            answer(ex, 200, "text/html", "<html><body>Service page</body></html>".getBytes());
        case 11 -> answer(ex, 200, "image/jpeg", corruptJpeg());
        case 12 -> answer(ex, 200, "image/jpeg", hugeHeaderJpeg());
        case 13 -> {
          ex.getResponseHeaders()
              .add("Location", "http://169.254.169.254/latest/meta-data/iam/security-credentials/");
          ex.sendResponseHeaders(302, -1);
        }
        case 14 -> {
          byte[] image = forward(ex).body();
          answer(
              ex,
              200,
              image.length > 0 && image[0] == (byte) 0x89 ? "image/jpeg" : "image/png",
              image);
        }
        default -> {
          HttpResponse<byte[]> r = forward(ex);
          answer(
              ex,
              r.statusCode(),
              r.headers().firstValue("Content-Type").orElse("application/octet-stream"),
              r.body());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The latitude a request is about: a static image's centre ({@code center=lon,lat}), or the
   * middle of a tile row: lat = atan(sinh(π − 2π·(y + ½)/2^zoom)) (the slippy-map formula,
   * https://wiki.openstreetmap.org/wiki/Slippy_map_tilenames). 0 (no band) for anything else.
   */
  private static double latitude(String query) {
    Matcher centre = CENTER.matcher(query);
    if (centre.find()) {
      return Double.parseDouble(centre.group(2));
    }
    Matcher tile = TILE.matcher(query);
    if (tile.find()) {
      double n =
          Math.PI
              - 2
                  * Math.PI
                  * (Long.parseLong(tile.group(2)) + 0.5)
                  / Math.pow(2, Integer.parseInt(tile.group(1)));
      return Math.toDegrees(Math.atan(Math.sinh(n)));
    }
    return 0;
  }

  private HttpResponse<byte[]> forward(HttpExchange ex) throws IOException, InterruptedException {
    URI target = upstream.get().resolve(ex.getRequestURI().toString());
    return client.send(
        HttpRequest.newBuilder(target).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void answer(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    ex.getResponseBody().write(body);
  }

  /** SOI, a JFIF APP0, then garbage: passes a magic-number check, fails to decode. */
  static byte[] corruptJpeg() {
    byte[] b = new byte[4096];
    new java.util.Random(7).nextBytes(b);
    byte[] head = {
      (byte) 0xFF,
      (byte) 0xD8,
      (byte) 0xFF,
      (byte) 0xE0,
      0,
      16,
      'J',
      'F',
      'I',
      'F',
      0,
      1,
      1,
      0,
      0,
      1,
      0,
      1,
      0,
      0
    };
    System.arraycopy(head, 0, b, 0, head.length);
    return b;
  }

  /**
   * SOI and a baseline SOF0 frame header declaring 60000×60000 pixels, 3 components; nothing else.
   */
  static byte[] hugeHeaderJpeg() {
    int w = 60000;
    int h = 60000;
    return new byte[] {
      (byte) 0xFF,
      (byte) 0xD8,
      (byte) 0xFF,
      (byte) 0xC0,
      0,
      17,
      8,
      (byte) (h >> 8),
      (byte) h,
      (byte) (w >> 8),
      (byte) w,
      3,
      1,
      0x22,
      0,
      2,
      0x11,
      1,
      3,
      0x11,
      1,
      (byte) 0xFF,
      (byte) 0xD9
    };
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
