package dev.satpage.producer.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the API's OpenAPI document (docs/openapi/preview-api.yaml, packaged with the app) without
 * authentication: it is the contract a client needs before it has a key, and holds nothing secret.
 */
@RestController
class OpenApiController {
  static final String DOCUMENT = "openapi/preview-api.yaml";

  /** RFC 9512 registers application/yaml. */
  static final MediaType YAML = MediaType.parseMediaType("application/yaml");

  private final byte[] document;

  OpenApiController() {
    try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException(
            DOCUMENT + " is not on the classpath (see producer/pom.xml resources)");
      }
      document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/openapi.yaml")
  ResponseEntity<byte[]> openApi() {
    return ResponseEntity.ok().contentType(YAML).body(document);
  }
}
