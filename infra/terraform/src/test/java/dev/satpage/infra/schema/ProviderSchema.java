package dev.satpage.infra.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The AWS provider's schema of the types a module uses, as the npm package
 * {@code @cdktf/provider-aws} (generated from the provider's own schema) describes it, read by
 * {@code node checks/provider-schema.mjs}.
 *
 * @param packageVersion the npm package's version
 * @param providerVersion the hashicorp/aws version the package was generated from
 * @param schemas key ({@code resource:aws_x}, {@code data:aws_y}, {@code provider:aws}) to its
 *     block, or empty when the provider has no such type
 */
public record ProviderSchema(
    String packageVersion, String providerVersion, Map<String, Optional<Block>> schemas) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Argument names and nested block schemas of one block. */
  public record Block(Set<String> attributes, Map<String, Block> blocks) {
    static Block of(JsonNode node) {
      Set<String> attributes = new TreeSet<>();
      node.path("attributes").forEach(a -> attributes.add(a.asText()));
      Map<String, Block> blocks = new LinkedHashMap<>();
      node.path("blocks").properties().forEach(e -> blocks.put(e.getKey(), of(e.getValue())));
      return new Block(attributes, blocks);
    }
  }

  /** Reads the schemas of {@code keys} with the package installed in {@code checksDir}. */
  public static ProviderSchema load(Path checksDir, Collection<String> keys) {
    Path dir = checksDir.toAbsolutePath().normalize();
    if (!Files.isRegularFile(dir.resolve("node_modules/@cdktf/provider-aws/package.json"))) {
      throw new IllegalStateException(
          "@cdktf/provider-aws is not installed in "
              + dir
              + ": run `npm ci` in "
              + "infra/terraform/checks (Node.js >= 18; Debian: apt-get install -y nodejs npm)");
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                System.getenv().getOrDefault("SATPAGE_NODE", "node"),
                dir.resolve("provider-schema.mjs").toString()));
    command.addAll(new TreeSet<>(keys));
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
      CompletableFuture<String> err =
          CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      String out = readAll(p.getInputStream());
      if (!p.waitFor(3, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException("provider-schema.mjs did not finish within 3 minutes");
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            "provider-schema.mjs failed (exit " + p.exitValue() + "): " + err.join().strip());
      }
      JsonNode root = JSON.readTree(out);
      Map<String, Optional<Block>> schemas = new LinkedHashMap<>();
      root.path("schemas")
          .properties()
          .forEach(
              e ->
                  schemas.put(
                      e.getKey(),
                      e.getValue().isNull()
                          ? Optional.empty()
                          : Optional.of(Block.of(e.getValue()))));
      return new ProviderSchema(
          root.path("package").asText(), root.path("provider").path("version").asText(), schemas);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run node: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the provider schema", e);
    }
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
