package dev.satpage.imagery.app.lambda;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The built Lambda zip ({@code target/imagery-worker-lambda.zip}) laid out as the java25 managed
 * runtime lays it out (unpacked into the task root), and the runtime interface client's own jars
 * taken from this JVM's class path (the zip must not carry the client).
 */
final class LambdaZip {
  /**
   * What the managed runtime has on its own class path (it brings aws-lambda-java-core and the
   * serializer too).
   */
  static final List<String> RUNTIME_JARS =
      List.of(
          "aws-lambda-java-runtime-interface-client-",
          "aws-lambda-java-serialization-",
          "aws-lambda-java-core-");

  private LambdaZip() {}

  /** The zip the build made ({@code -Dsatpage.lambda.zip} overrides the path). */
  static Path built() {
    return Path.of(System.getProperty("satpage.lambda.zip", "target/imagery-worker-lambda.zip"));
  }

  /** Unpacks {@code zip} into {@code target}, refusing entries that would land outside it. */
  static void unpack(Path zip, Path target) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : Collections.list(file.entries())) {
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("zip entry outside the folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          try (InputStream in = file.getInputStream(entry)) {
            Files.copy(in, out);
          }
        }
      }
    }
  }

  /**
   * The zip's own classes and resources (every entry outside {@code lib/}) as one jar: what an
   * image that puts the function on the JVM's class path would carry, since an AOT cache takes
   * classes from jars only.
   */
  static void functionJar(Path zip, Path jar) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile());
        OutputStream raw = Files.newOutputStream(jar);
        ZipOutputStream out = new ZipOutputStream(raw)) {
      for (ZipEntry entry : Collections.list(file.entries())) {
        if (entry.getName().startsWith("lib/")) {
          continue;
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        try (InputStream in = file.getInputStream(entry)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
  }

  /** The unpacked zip's {@code lib/*.jar}, sorted, joined with the path separator. */
  static String libJars(Path taskRoot) throws IOException {
    try (var jars = Files.list(taskRoot.resolve("lib"))) {
      return jars.map(Path::toString)
          .filter(name -> name.endsWith(".jar"))
          .sorted()
          .collect(Collectors.joining(File.pathSeparator));
    }
  }

  /** The runtime client's jars from this JVM's class path; fails unless all three are there. */
  static String runtimeClasspath() {
    List<String> jars =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(
                entry ->
                    RUNTIME_JARS.stream()
                        .anyMatch(Path.of(entry).getFileName().toString()::startsWith))
            .toList();
    if (jars.size() != RUNTIME_JARS.size()) {
      throw new IllegalStateException(
          "the runtime client's jars " + RUNTIME_JARS + " on the class path, found " + jars);
    }
    return String.join(File.pathSeparator, jars);
  }
}
