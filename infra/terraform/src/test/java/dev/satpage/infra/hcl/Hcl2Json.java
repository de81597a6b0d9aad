package dev.satpage.infra.hcl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Turns HCL files into JSON with HashiCorp's own parser (npm {@code @cdktf/hcl2json}, Go compiled
 * to WASM) run by {@code node checks/hcl2json.mjs}; a syntax error becomes an {@link
 * HclSyntaxException} naming file, line and column.
 */
public final class Hcl2Json {
  static final String INSTALL_HINT =
      "install Node.js >= 18 (Debian: apt-get install -y nodejs npm) and run `npm ci` in infra/terraform/checks";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path checksDir;

  public Hcl2Json(Path checksDir) {
    this.checksDir = checksDir.toAbsolutePath().normalize();
  }

  /**
   * Parses every file; returns file name to its JSON form, or throws naming every file that does
   * not parse.
   */
  public Map<Path, JsonNode> parse(List<Path> files) {
    requireParserInstalled();
    List<String> command =
        new ArrayList<>(List.of(node(), checksDir.resolve("hcl2json.mjs").toString()));
    files.forEach(f -> command.add(f.toAbsolutePath().normalize().toString()));
    try {
      Process process = new ProcessBuilder(command).directory(checksDir.toFile()).start();
      // Read both pipes concurrently: a full stderr pipe would otherwise block the parser while we
      // read stdout.
      CompletableFuture<String> err =
          CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
      String out = readAll(process.getInputStream());
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("hcl2json did not finish within 2 minutes");
      }
      int exit = process.exitValue();
      if (exit == 1) {
        throw new HclSyntaxException(err.join().strip());
      }
      if (exit != 0) {
        throw new IllegalStateException(
            "hcl2json failed (exit " + exit + "): " + err.join().strip() + "; " + INSTALL_HINT);
      }
      Map<Path, JsonNode> parsed = new LinkedHashMap<>();
      JsonNode root = JSON.readTree(out);
      root.properties().forEach(e -> parsed.put(Path.of(e.getKey()), e.getValue()));
      return parsed;
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot run node (" + e.getMessage() + "); " + INSTALL_HINT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing HCL", e);
    }
  }

  /**
   * Parses one HCL text, written to a temporary file named {@code fileName} so diagnostics name it.
   */
  public JsonNode parseText(String fileName, String hcl) {
    try {
      Path dir = Files.createTempDirectory("hcl");
      Path file = Files.writeString(dir.resolve(fileName), hcl);
      try {
        return parse(List.of(file)).values().iterator().next();
      } finally {
        Files.delete(file);
        Files.delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void requireParserInstalled() {
    if (!Files.isRegularFile(checksDir.resolve("node_modules/@cdktf/hcl2json/package.json"))) {
      throw new IllegalStateException(
          "@cdktf/hcl2json is not installed in " + checksDir + ": " + INSTALL_HINT);
    }
  }

  private static String node() {
    return System.getenv().getOrDefault("SATPAGE_NODE", "node");
  }

  private static String readAll(java.io.InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
