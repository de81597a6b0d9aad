package dev.satpage.producer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every error the producer's HTTP API can give is an RFC 9457 problem the OpenAPI document
 * describes — not only the refusals of its own handlers but Spring MVC's (an unknown path, a method
 * or media type a route does not take), the servlet container's error page, and what Tomcat refuses
 * before any route is chosen (a path separator or NUL encoded in an id, bad escapes, over-long
 * headers, a malformed request line): those come as bytes a well-behaved client will not send, so
 * they go over a raw socket ({@link RawHttp}); everything else through {@link ApiCalls}, which
 * checks each exchange against the document (an operation's responses, else its {@code Problem}
 * schema).
 */
@ExtendWith(DevstackExtension.class)
class ProblemsIT {
  static final OpenApiDocument document = OpenApiDocument.packaged();
  static Devstack devstack;
  static ConfigurableApplicationContext app;
  static ApiCalls api;
  static RawHttp raw;
  static String auth;

  @BeforeAll
  static void start(Devstack started) {
    devstack = started;
    app = ProducerTestApps.start(devstack);
    int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    api = new ApiCalls(URI.create("http://127.0.0.1:" + port), devstack.previewApiKey(), document);
    raw = new RawHttp("127.0.0.1", port);
    auth = "Authorization: Bearer " + devstack.previewApiKey();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /**
   * Validated against the document's Problem (what Tomcat answers before routing has no operation
   * in it).
   */
  static RawHttp.Response problem(RawHttp.Response response) {
    assertThat(
            document
                .validateProblem(response.status(), response.contentType(), response.body())
                .getMessages())
        .as(response.status() + " " + response.contentType() + " " + response.body())
        .isEmpty();
    return response;
  }

  @Test
  void malformedIdsInTheRoutes_are400s_namingThePathParameter() {
    HttpResponse<String> preview = api.get("/previews/not-a-preview-id");
    assertThat(preview.statusCode()).isEqualTo(400);
    assertThat(preview.body()).contains("\"field\":\"id\"");
    HttpResponse<String> book = api.get("/books/a%3Bb"); // ';' decoded into the id
    assertThat(book.statusCode()).isEqualTo(400);
    assertThat(book.body()).contains("\"field\":\"bookId\"");
  }

  @Test
  void pathSeparatorsNulAndBadEscapesInAnId_are400Problems_beforeAnyRoute() {
    for (String target :
        new String[] {
          "/books/a%2Fb",
          "/previews/a%2Fb",
          "/books/a%00b",
          "/books/a%5Cb",
          "/books/a%zzb",
          "/books/a|b",
          "/books/a{b}",
          "/books/..%2F..%2Fx",
          "/books/../../x",
          "/books/%E2%82"
        }) {
      RawHttp.Response response = problem(raw.get(target, auth));
      assertThat(response.status()).as(target).isEqualTo(400);
      assertThat(response.body()).as(target).contains("\"status\":400").doesNotContain("<html");
    }
  }

  @Test
  void malformedRequests_andOversizedHeaders_areProblems() {
    String host = "Host: 127.0.0.1";
    assertThat(
            problem(raw.get("/books/stuck", auth + "\r\nX-Padding: " + "a".repeat(10_000)))
                .status())
        .as("headers over max-http-request-header-size")
        .isEqualTo(400);
    assertThat(problem(raw.get("/previews/" + "a".repeat(10_000), auth)).status())
        .as("request line too long")
        .isIn(400, 414);
    assertThat(
            problem(raw.send("GET /books/stuck HTTP/9.9\r\n" + host + "\r\n" + auth, null))
                .status())
        .isEqualTo(505);
    assertThat(
            problem(raw.send("G@T /books/stuck HTTP/1.1\r\n" + host + "\r\n" + auth, null))
                .status())
        .isEqualTo(400);
    assertThat(
            problem(
                    raw.send(
                        "GET /books/stuck HTTP/1.1\r\n"
                            + host
                            + "\r\n"
                            + auth
                            + "\r\nContent-Length: x",
                        null))
                .status())
        .isEqualTo(400);
  }

  @Test
  void springMvcsOwnRefusals_andTheErrorPage_areProblems() {
    assertThat(api.get("/no-such-route").statusCode()).isEqualTo(404);
    assertThat(api.withKey(null).get("/").statusCode()).isEqualTo(404);
    assertThat(
            api.send(
                    "DELETE",
                    "/previews",
                    Map.of("Authorization", "Bearer " + devstack.previewApiKey()),
                    null)
                .statusCode())
        .isEqualTo(405);
    assertThat(
            api.send(
                    "GET",
                    "/books/stuck",
                    Map.of(
                        "Authorization",
                        "Bearer " + devstack.previewApiKey(),
                        "Accept",
                        "text/html"),
                    null)
                .statusCode())
        .isEqualTo(406);
    assertThat(api.post("/previews", "{}", ";;;").statusCode())
        .as("a malformed Content-Type")
        .isEqualTo(415);
    assertThat(api.withKey(null).get("/error").statusCode())
        .as("the error page, called directly")
        .isEqualTo(404);
    // TRACE is refused by Tomcat (allowTrace=false) and answered through the error page.
    RawHttp.Response trace =
        problem(raw.send("TRACE /books/stuck HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth, null));
    assertThat(trace.status()).isEqualTo(405);
  }

  /**
   * A producer whose S3 is a stand-in answering as S3 documents its errors: {@code 503 SlowDown} (a
   * transient failure: 503 with Retry-After) for keys of books named {@code slow-*}, {@code 403
   * AccessDenied} (a fault nobody classified: 500, saying nothing of our insides) for the rest.
   * Error codes, statuses and the XML body from
   * https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (read 2026-12-02).
   */
  @Test
  void s3Failing_isA503WithRetryAfter_whenTransient_andA500Problem_otherwise() throws IOException {
    HttpServer s3 =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    s3.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    s3.createContext(
        "/",
        exchange -> {
          try (exchange) {
            boolean slow = exchange.getRequestURI().getPath().contains("/books/slow-");
            String code = slow ? "SlowDown" : "AccessDenied";
            byte[] body =
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>"
                        + code
                        + "</Code><Message>"
                        + (slow ? "Please reduce your request rate." : "Access Denied")
                        + "</Message><Resource>"
                        + exchange.getRequestURI().getPath()
                        + "</Resource><RequestId>4442587FB7D0A2F9</RequestId></Error>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/xml");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(slow ? 503 : 403, head ? -1 : body.length);
            if (!head) {
              exchange.getResponseBody().write(body);
            }
          }
        });
    s3.start();
    try (ConfigurableApplicationContext broken =
        ProducerTestApps.start(
            devstack,
            Map.of("satpage.aws.endpoint-s3", "http://127.0.0.1:" + s3.getAddress().getPort()))) {
      ApiCalls calls =
          new ApiCalls(
              URI.create(
                  "http://127.0.0.1:" + broken.getEnvironment().getProperty("local.server.port")),
              devstack.previewApiKey(),
              document);

      HttpResponse<String> transientFailure = calls.get("/books/slow-1");
      assertThat(transientFailure.statusCode()).isEqualTo(503);
      assertThat(transientFailure.headers().firstValue("Retry-After"))
          .hasValue("" + ProblemHandler.RETRY_AFTER_SECONDS);

      HttpResponse<String> fault = calls.get("/books/denied-1");
      assertThat(fault.statusCode()).isEqualTo(500);
      assertThat(fault.body()).doesNotContain("AccessDenied").doesNotContain("Exception");
    } finally {
      s3.stop(0);
    }
  }
}
