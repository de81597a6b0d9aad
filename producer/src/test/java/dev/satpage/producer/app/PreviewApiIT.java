package dev.satpage.producer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.DevstackConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The preview API over real HTTP, backed by ElasticMQ and S3Proxy. */
class PreviewApiIT {
  static Devstack devstack;
  static ConfigurableApplicationContext app;
  static URI base;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    devstack = Devstack.start(DevstackConfig.defaults());
    app = ProducerTestApps.start(devstack);
    base = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
  }

  @AfterAll
  static void stop() {
    app.close();
    devstack.close();
  }

  static HttpResponse<String> post(String body, String contentType) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve("/previews"))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void post_isAccepted_withLocation_andTheStatusIsPendingWithEachDependency() throws Exception {
    HttpResponse<String> created =
        post("{\"name\":\"Ada\",\"latitude\":51.4769,\"longitude\":-0.0005,\"product\":\"satellite-adventure\"}", "application/json");

    assertThat(created.statusCode()).isEqualTo(202);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches("/previews/pv-[0-9a-f]{24}");
    assertThat(created.body()).contains("\"status\":\"pending\"");

    HttpResponse<String> status = get(location);
    assertThat(status.statusCode()).isEqualTo(200);
    assertThat(status.body())
        .contains("\"status\":\"pending\"")
        .contains("\"id\":\"sat-area\"")
        .contains("\"id\":\"sat-home\"")
        .contains("\"state\":\"PENDING\"");
    devstack.purgeAllQueues();
  }

  @Test
  void badInput_is400ProblemJson_namingTheField() throws Exception {
    HttpResponse<String> bad =
        post("{\"name\":\"Ada\",\"latitude\":91,\"longitude\":0,\"product\":\"satellite-adventure\"}", "application/json");

    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(bad.body()).contains("\"field\":\"latitude\"").contains("\"status\":400");
  }

  @Test
  void malformedJson_is400_andUnknownProduct_is400NamingProduct() throws Exception {
    assertThat(post("{\"name\": ", "application/json").body()).contains("malformed JSON");
    HttpResponse<String> product =
        post("{\"name\":\"Ada\",\"latitude\":1,\"longitude\":1,\"product\":\"poster\"}", "application/json");
    assertThat(product.statusCode()).isEqualTo(400);
    assertThat(product.body()).contains("\"field\":\"product\"");
  }

  @Test
  void wrongContentType_is415_andUnknownPreview_is404Problem() throws Exception {
    assertThat(post("name=Ada", "application/x-www-form-urlencoded").statusCode()).isEqualTo(415);
    HttpResponse<String> missing = get("/previews/pv-000000000000000000000000");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
  }

  @Test
  void bookStatusApi_showsAnyBook_andTheStuckReport() throws Exception {
    HttpResponse<String> created =
        post("{\"name\":\"Kai\",\"latitude\":-33.8568,\"longitude\":151.2153,\"product\":\"satellite-adventure\"}", "application/json");
    String id = created.headers().firstValue("Location").orElseThrow().substring("/previews/".length());

    HttpResponse<String> book = get("/books/" + id);
    assertThat(book.statusCode()).isEqualTo(200);
    assertThat(book.body()).contains("\"state\":\"PENDING\"").contains("\"bookId\":\"" + id + "\"");
    assertThat(get("/books/nope").statusCode()).isEqualTo(404);
    HttpResponse<String> stuck = get("/books/stuck");
    assertThat(stuck.statusCode()).isEqualTo(200);
    assertThat(stuck.body()).contains("\"stuck\":[]").contains("PENDING");
  }

  @Test
  void health_isUp() throws Exception {
    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("UP");
  }
}
