package dev.satpage.devstack.imagery;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Test helper: plain JDK HTTP requests to a running simulator, and image decoding. */
final class SimulatorClient implements AutoCloseable {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ImagerySimulator simulator;

  SimulatorClient(ImagerySimulator simulator) {
    this.simulator = simulator;
  }

  URI uri(String pathAndQuery) {
    return simulator.endpoint().resolve(pathAndQuery);
  }

  HttpResponse<byte[]> get(String pathAndQuery, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(10));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  static BufferedImage decode(byte[] bytes) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    assertThat(image).as("decodable image").isNotNull();
    return image;
  }

  /** Width and height from the image header, without decoding pixels. */
  static int[] dimensions(byte[] bytes) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      try {
        reader.setInput(in);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    }
  }

  /** The RGB values of an image, for exact comparisons of lossless (PNG) answers. */
  static int[] rgb(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  @Override
  public void close() {
    http.close();
  }
}
