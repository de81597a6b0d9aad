package dev.satpage.producer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A caller of the running producer's API, as the web shop would be: real HTTP with a client key.
 * Every exchange is checked against the OpenAPI document — the request and the response when the
 * call is one the document allows, the response alone when the test sends what the document forbids
 * (no key, a wrong body), and the document's {@code Problem} when it has no operation for the
 * request at all (an unknown path, a method a path does not take).
 */
final class ApiCalls {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  /**
   * Answers to requests the document itself forbids (a bad body or id, an Accept or Content-Type it
   * does not list).
   */
  private static final java.util.Set<Integer> REQUEST_BROKE_THE_CONTRACT =
      java.util.Set.of(400, 406, 413, 415);

  private final URI base;
  private final String key;
  private final OpenApiDocument document;

  ApiCalls(URI base, String key, OpenApiDocument document) {
    this.base = base;
    this.key = key;
    this.document = document;
  }

  ApiCalls withKey(String otherKey) {
    return new ApiCalls(base, otherKey, document);
  }

  HttpResponse<String> post(String path, String body, String contentType) {
    Map<String, String> headers = headers();
    headers.put("Content-Type", contentType);
    return send("POST", path, headers, body);
  }

  HttpResponse<String> get(String path) {
    return send("GET", path, headers(), null);
  }

  /** Sends as-is; the request must be one the document allows, and the response must match it. */
  HttpResponse<String> send(String method, String path, Map<String, String> headers, String body) {
    HttpResponse<String> response = raw(method, path, headers, body);
    ValidationReport report =
        key == null || REQUEST_BROKE_THE_CONTRACT.contains(response.statusCode())
            ? document.validateResponse(
                method, path, response) // the request broke the contract on purpose
            : document.validate(method, path, headers, body, response);
    if (OpenApiDocument.undocumented(
        report)) { // no such operation: the answer must still be a Problem
      report =
          document.validateProblem(
              response.statusCode(),
              response.headers().firstValue("Content-Type").orElse(null),
              response.body());
    }
    assertThat(report.getMessages())
        .as(method + " " + path + " -> " + response.statusCode() + " " + response.body())
        .isEmpty();
    return response;
  }

  HttpResponse<String> raw(String method, String path, Map<String, String> headers, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    if (key != null) {
      headers.put("Authorization", "Bearer " + key);
    }
    return headers;
  }
}
