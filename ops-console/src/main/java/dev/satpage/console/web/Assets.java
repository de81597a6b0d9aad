package dev.satpage.console.web;

import dev.satpage.model.port.ObjectStore;
import dev.satpage.ops.experiment.ExperimentHtml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The stylesheet (served from this jar: no CDN) and the thumbnails (read from the bucket). */
final class Assets {
  /** The console's own rules, then the experiment report's (scoped to its section). */
  private static final byte[] CSS =
      (new String(load("/console/console.css"), StandardCharsets.UTF_8)
              + "\n"
              + ExperimentHtml.stylesheet())
          .getBytes(StandardCharsets.UTF_8);

  private Assets() {}

  static Response css() {
    return new Response(
        200, "text/css; charset=utf-8", CSS, Map.of("Cache-Control", "max-age=300"));
  }

  /**
   * A JPEG of the bucket — satellite page previews ({@code imagery/…}), rendered pages ({@code
   * books/…}) and experiment thumbnails ({@code experiments/…}) — and nothing else: the console is
   * not a general reader of the bucket.
   */
  static Response image(ObjectStore store, String key) {
    if (key == null
        || !(key.startsWith("imagery/")
            || key.startsWith("books/")
            || key.startsWith("experiments/"))
        || !key.endsWith(".jpg")
        || key.contains("..")) {
      return Response.html(404, "<p>not an image of this console</p>");
    }
    return store
        .get(key)
        .map(
            o ->
                new Response(
                    200,
                    "image/jpeg",
                    o.content(),
                    Map.of("Cache-Control", "private, max-age=300")))
        .orElseGet(() -> Response.html(404, "<p>no such object</p>"));
  }

  private static byte[] load(String resource) {
    try (InputStream in = Assets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
