package dev.satpage.producer.app;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The preview API's OpenAPI document as packaged with the producer, read by parsers someone else
 * maintains: swagger-parser for the document itself, Atlassian's openapi-request-validator for
 * requests and responses.
 */
final class OpenApiDocument {
  private final String yaml;
  private final SwaggerParseResult parsed;
  private final OpenApiInteractionValidator validator;
  private final SchemaValidator problemValidator;

  private OpenApiDocument(String yaml) {
    this.yaml = yaml;
    this.parsed = parse(yaml);
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(yaml).build();
    this.problemValidator = new SchemaValidator(parsed.getOpenAPI(), new MessageResolver());
  }

  /** The copy on the producer's classpath (what {@code GET /openapi.yaml} serves). */
  static OpenApiDocument packaged() {
    try (InputStream in =
        OpenApiDocument.class.getClassLoader().getResourceAsStream(OpenApiController.DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException(
            OpenApiController.DOCUMENT + " is not on the test classpath");
      }
      return new OpenApiDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SwaggerParseResult parse(String yaml) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(yaml, null, options);
  }

  String yaml() {
    return yaml;
  }

  /** The parser's complaints about the document (empty when it is a valid OpenAPI 3.0 document). */
  List<String> problems() {
    return parsed.getMessages() == null ? List.of() : parsed.getMessages();
  }

  /** Every operation as {@code METHOD /path/{param}}. */
  Set<String> operations() {
    Set<String> out = new TreeSet<>();
    parsed
        .getOpenAPI()
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap().keySet().forEach(m -> out.add(m.name() + " " + path)));
    return out;
  }

  /** Validates a request the test sent and the response the app gave, against the document. */
  ValidationReport validate(
      String method,
      String path,
      Map<String, String> requestHeaders,
      String requestBody,
      HttpResponse<String> response) {
    SimpleRequest.Builder request =
        new SimpleRequest.Builder(method.toUpperCase(Locale.ROOT), path);
    requestHeaders.forEach(request::withHeader);
    if (requestBody != null) {
      request.withBody(requestBody);
    }
    return validator.validate(request.build(), response(response));
  }

  /** Validates only the response (for requests the document itself refuses, e.g. without a key). */
  ValidationReport validateResponse(String method, String path, HttpResponse<String> response) {
    return validator.validateResponse(
        path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response(response));
  }

  /**
   * Validates an error answer to a request the document has no operation for (a path no route has,
   * a method a path does not take, a request target Tomcat refuses before routing): an RFC 9457
   * problem as the document's {@code Problem} schema describes it, sent as {@code
   * application/problem+json}.
   */
  ValidationReport validateProblem(int status, String contentType, String body) {
    ValidationReport report =
        problemValidator.validate(
            body, parsed.getOpenAPI().getComponents().getSchemas().get("Problem"), "response.body");
    List<String> wrong = new java.util.ArrayList<>();
    if (status < 400) {
      wrong.add("status " + status + " is not an error");
    }
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
      wrong.add("Content-Type " + contentType + " is not application/problem+json");
    }
    return wrong.isEmpty()
        ? report
        : report.merge(
            ValidationReport.from(
                wrong.stream()
                    .map(w -> ValidationReport.Message.create("problem.response", w).build())
                    .toList()));
  }

  /**
   * Whether the validator's only complaint is that the document has no operation for the request.
   */
  static boolean undocumented(ValidationReport report) {
    return !report.getMessages().isEmpty()
        && report.getMessages().stream()
            .allMatch(
                m ->
                    m.getKey().endsWith("path.missing")
                        || m.getKey().endsWith("operation.notAllowed"));
  }

  private static SimpleResponse response(HttpResponse<String> response) {
    SimpleResponse.Builder out = new SimpleResponse.Builder(response.statusCode());
    response.headers().map().forEach(out::withHeader);
    if (response.body() != null && !response.body().isEmpty()) {
      out.withBody(response.body());
    }
    return out.build();
  }
}
