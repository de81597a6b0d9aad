package dev.satpage.producer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.satpage.aws.sqs.SqsJobQueue;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.model.book.Personalisation;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookOrder;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The preview API over real HTTP, backed by ElasticMQ and S3Proxy, called with devstack's client
 * key; every exchange is validated against the OpenAPI document ({@link ApiCalls}), and the
 * document's routes are the app's routes.
 */
@ExtendWith(DevstackExtension.class)
class PreviewApiIT {
  static Devstack devstack;
  static ConfigurableApplicationContext app;
  static URI base;
  static final OpenApiDocument document = OpenApiDocument.packaged();
  static ApiCalls api;

  @BeforeAll
  static void start(Devstack started) {
    devstack = started;
    app = ProducerTestApps.start(devstack);
    base = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
    api = new ApiCalls(base, devstack.previewApiKey(), document);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void post_isAccepted_withLocation_andTheStatusIsPendingWithEachDependency() {
    HttpResponse<String> created =
        api.post(
            "/previews",
            "{\"name\":\"Ada\",\"latitude\":51.4769,\"longitude\":-0.0005,\"product\":\"satellite-adventure\"}",
            "application/json");

    assertThat(created.statusCode()).isEqualTo(202);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches("/previews/pv-[0-9a-f]{24}");
    assertThat(created.body()).contains("\"status\":\"pending\"");

    HttpResponse<String> status = api.get(location);
    assertThat(status.statusCode()).isEqualTo(200);
    assertThat(status.body())
        .contains("\"status\":\"pending\"")
        .contains("\"id\":\"sat-area\"")
        .contains("\"id\":\"sat-home\"")
        .contains("\"state\":\"PENDING\"");
    devstack.purgeAllQueues();
  }

  @Test
  void badInput_is400ProblemJson_namingTheField() {
    HttpResponse<String> bad =
        api.post(
            "/previews",
            "{\"name\":\"Ada\",\"latitude\":91,\"longitude\":0,\"product\":\"satellite-adventure\"}",
            "application/json");

    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(bad.body()).contains("\"field\":\"latitude\"").contains("\"status\":400");
  }

  @Test
  void malformedJson_is400_andUnknownProduct_is400NamingProduct() {
    assertThat(api.post("/previews", "{\"name\": ", "application/json").body())
        .contains("malformed JSON");
    HttpResponse<String> product =
        api.post(
            "/previews",
            "{\"name\":\"Ada\",\"latitude\":1,\"longitude\":1,\"product\":\"poster\"}",
            "application/json");
    assertThat(product.statusCode()).isEqualTo(400);
    assertThat(product.body()).contains("\"field\":\"product\"");
  }

  @Test
  void lenientJson_isRefused_namingTheField_duplicateKeyStringNumberAndTrailingGarbage() {
    HttpResponse<String> twice =
        api.post(
            "/previews",
            "{\"name\":\"Ada\",\"latitude\":91.0,\"latitude\":45.125,\"longitude\":0,\"product\":\"satellite-adventure\"}",
            "application/json");
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body()).contains("Duplicate field 'latitude'");

    HttpResponse<String> quoted =
        api.post(
            "/previews",
            "{\"name\":\"Ada\",\"latitude\":\"45.1\",\"longitude\":0,\"product\":\"satellite-adventure\"}",
            "application/json");
    assertThat(quoted.statusCode()).isEqualTo(400);
    assertThat(quoted.body()).contains("\"field\":\"latitude\"");

    HttpResponse<String> trailing =
        api.post(
            "/previews",
            "{\"name\":\"Ada\",\"latitude\":45.1,\"longitude\":0,\"product\":\"satellite-adventure\"} {}",
            "application/json");
    assertThat(trailing.statusCode()).isEqualTo(400);
    assertThat(trailing.body()).contains("Trailing token");
  }

  @Test
  void anOldOrder_isStuckFromWhenSatpageAcceptedIt_andTheStatusShowsBothTimes() {
    Instant placed = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    Instant sent = Instant.now();
    OrderPlaced order =
        OrderPlaced.of(
            "pit-old",
            placed,
            List.of(
                new BookOrder(
                    "pit-old-b1",
                    "satellite-adventure",
                    Purpose.PREVIEW,
                    new Personalisation("Ada", 51.5, -0.12))));
    try (SqsClient sqs = devstack.newSqsClient()) {
      new SqsJobQueue(sqs)
          .send(Queues.ORDER_PLACED_NAME, OutboundMessage.of("o", Json.write(order)));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> api.get("/books/pit-old-b1").statusCode() == 200);
    }

    String book = api.get("/books/pit-old-b1").body();
    Instant acceptedAt =
        Instant.parse(book.replaceAll("(?s).*\"acceptedAt\":\"([^\"]+)\".*", "$1"));
    assertThat(acceptedAt).isBetween(sent, Instant.now());
    assertThat(book).contains("\"placedAt\":\"" + placed + "\"");
    assertThat(api.get("/books/stuck").body())
        .as("two hours after the shop, seconds after satpage")
        .doesNotContain("pit-old-b1");
    devstack.purgeAllQueues();
  }

  @Test
  void wrongContentType_is415_andUnknownPreview_is404Problem() {
    assertThat(api.post("/previews", "name=Ada", "application/x-www-form-urlencoded").statusCode())
        .isEqualTo(415);
    HttpResponse<String> missing = api.get("/previews/pv-000000000000000000000000");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
  }

  @Test
  void bookStatusApi_showsAnyBook_andTheStuckReport() {
    HttpResponse<String> created =
        api.post(
            "/previews",
            "{\"name\":\"Kai\",\"latitude\":-33.8568,\"longitude\":151.2153,\"product\":\"satellite-adventure\"}",
            "application/json");
    String id =
        created.headers().firstValue("Location").orElseThrow().substring("/previews/".length());

    HttpResponse<String> book = api.get("/books/" + id);
    assertThat(book.statusCode()).isEqualTo(200);
    assertThat(book.body()).contains("\"state\":\"PENDING\"").contains("\"bookId\":\"" + id + "\"");
    assertThat(api.get("/books/nope").statusCode()).isEqualTo(404);
    HttpResponse<String> stuck = api.get("/books/stuck");
    assertThat(stuck.statusCode()).isEqualTo(200);
    assertThat(stuck.body()).contains("\"stuck\":[]").contains("PENDING");
    devstack.purgeAllQueues();
  }

  @Test
  void withoutAKey_everyApiRouteIs401_butHealthAndTheOpenApiDocumentAreOpen() {
    ApiCalls anonymous = api.withKey(null);
    for (String path :
        new String[] {"/previews/pv-000000000000000000000000", "/books/stuck", "/books/x"}) {
      HttpResponse<String> refused = anonymous.get(path);
      assertThat(refused.statusCode()).as(path).isEqualTo(401);
      assertThat(refused.headers().firstValue("WWW-Authenticate"))
          .hasValue("Bearer realm=\"satpage-preview-api\"");
    }
    assertThat(anonymous.post("/previews", "{}", "application/json").statusCode()).isEqualTo(401);

    assertThat(anonymous.raw("GET", "/actuator/health", Map.of(), null).body()).contains("UP");
    HttpResponse<String> doc = anonymous.get("/openapi.yaml");
    assertThat(doc.statusCode()).isEqualTo(200);
    assertThat(doc.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/yaml");
    assertThat(doc.body()).isEqualTo(document.yaml());
  }

  @Test
  void theOpenApiDocument_parses_andListsExactlyTheRoutesTheAppImplements() {
    assertThat(document.problems()).isEmpty();

    Set<String> implemented = new TreeSet<>();
    app.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              if (method
                  .getBeanType()
                  .getPackageName()
                  .equals(PreviewController.class.getPackageName())) {
                info.getMethodsCondition()
                    .getMethods()
                    .forEach(
                        m ->
                            info.getPatternValues()
                                .forEach(p -> implemented.add(m.name() + " " + p)));
              }
            });
    assertThat(implemented).as("routes of the app").isNotEmpty();
    assertThat(document.operations()).isEqualTo(implemented);
  }
}
