package dev.satpage.producer.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The packaged OpenAPI document is valid OpenAPI 3.0 to swagger-parser, and the parser does catch a
 * broken one.
 */
class OpenApiDocumentTest {
  @Test
  void thePackagedDocument_isValidOpenApi_andNamesEveryRoute() {
    OpenApiDocument document = OpenApiDocument.packaged();

    assertThat(document.problems()).isEmpty();
    assertThat(document.operations())
        .containsExactly(
            "GET /books/stuck",
            "GET /books/{bookId}",
            "GET /openapi.yaml",
            "GET /previews/{id}",
            "POST /previews");
  }

  @Test
  void aBrokenDocument_isReportedByTheParser() {
    String broken =
        OpenApiDocument.packaged()
            .yaml()
            .replace("  /books/stuck:\n    get:\n", "  /books/stuck:\n    gett:\n")
            .replace("required: [previewId, status, statusUrl]", "required: previewId");

    assertThat(OpenApiDocument.parse(broken).getMessages())
        .anySatisfy(m -> assertThat(m).contains("gett"))
        .anySatisfy(m -> assertThat(m).contains("required"));
  }
}
