package dev.satpage.e2e.demo;

import dev.satpage.model.book.Dependency;
import dev.satpage.model.json.Json;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.storage.S3Uri;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;

/**
 * Copies what a person wants to look at out of S3: rendered pages, satellite previews, patched
 * Definition Files.
 */
final class Outputs {
  private Outputs() {}

  /**
   * Creates the output folder and removes what an earlier demo run left there (book folders, index,
   * log).
   */
  static Path prepare(Path outDir) {
    try {
      Files.createDirectories(outDir);
      try (var entries = Files.list(outDir)) {
        for (Path p : entries.toList()) {
          String name = p.getFileName().toString();
          if (name.startsWith("demo-")
              || name.equals("index.html")
              || name.equals("pipeline.log")) {
            deleteRecursively(p);
          }
        }
      }
      return outDir.toAbsolutePath().normalize();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare output folder " + outDir.toAbsolutePath(), e);
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    try (var walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static void write(ObjectStore store, Path outDir, Collection<BookTimeline> books) {
    try {
      Files.createDirectories(outDir);
      StringBuilder html =
          new StringBuilder(
              "<!doctype html><meta charset=utf-8><title>satpage demo</title>"
                  + "<style>body{font-family:sans-serif;margin:2em}img{width:320px;margin:4px;border:1px solid #ccc}</style>"
                  + "<h1>satpage demo output</h1>");
      for (BookTimeline book :
          books.stream().sorted(Comparator.comparing(BookTimeline::bookId)).toList()) {
        Path dir = outDir.resolve(book.bookId());
        Files.createDirectories(dir.resolve("pages"));
        Files.createDirectories(dir.resolve("satellite"));
        Files.writeString(dir.resolve("definition-patched.json"), Json.write(book.patched()));
        html.append("<h2>")
            .append(book.patched().personalisation().childName())
            .append(" — ")
            .append(book.bookId())
            .append("</h2>");
        for (String uri : book.event().pageUris()) {
          String key = S3Uri.parse(uri).key();
          String name = key.substring(key.lastIndexOf('/') + 1);
          Files.write(dir.resolve("pages").resolve(name), store.get(key).orElseThrow().content());
          String href = book.bookId() + "/pages/" + name;
          if (name.endsWith(".pdf")) {
            html.append("<p>Print PDF: <a href=\"")
                .append(href)
                .append("\">")
                .append(name)
                .append("</a></p>");
          } else {
            html.append("<img src=\"").append(href).append("\">");
          }
        }
        for (Dependency d : book.patched().dependencies().values()) {
          byte[] preview = store.get(S3Uri.parse(d.previewUri()).key()).orElseThrow().content();
          Files.write(dir.resolve("satellite").resolve(d.id() + "-preview.jpg"), preview);
          html.append("<img title=\"satellite page ")
              .append(d.id())
              .append(" (preview)\" src=\"")
              .append(book.bookId())
              .append("/satellite/")
              .append(d.id())
              .append("-preview.jpg\">");
        }
      }
      Files.writeString(outDir.resolve("index.html"), html.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write outputs to " + outDir.toAbsolutePath(), e);
    }
  }
}
