package dev.satpage.console.web;

import static dev.satpage.model.testing.Books.aBook;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.console.view.BookBoard;
import dev.satpage.console.view.BookObjects;
import dev.satpage.console.view.BookTimelines;
import dev.satpage.console.view.Experiments;
import dev.satpage.console.view.QueueBoard;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.testing.InMemoryObjectStore;
import dev.satpage.ops.book.BookInspector;
import dev.satpage.ops.dlq.DeadLetters;
import dev.satpage.ops.dlq.InMemoryOpsQueues;
import dev.satpage.ops.dlq.Peek;
import dev.satpage.producer.access.ApiGate;
import dev.satpage.producer.access.ClientKeys;
import dev.satpage.producer.access.RateLimiter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The console's routes, without HTTP: sign-in, sessions, CSRF, escaping, the replay's two steps.
 */
class ConsoleTest {
  static final String OPS_KEY = "oncall.secret-one";
  static final String SHOP_KEY = "shop.secret-two";
  static final String DLQ = Queues.SATELLITE_PAGE_JOBS.deadLetterName();

  final InMemoryObjectStore store = new InMemoryObjectStore("bucket");
  final InMemoryOpsQueues queues = new InMemoryOpsQueues(Clock.systemUTC());
  final Console console;

  ConsoleTest() {
    Queues.ALL.forEach(q -> queues.create(q.name(), q.deadLetterName()));
    Clock clock = Clock.systemUTC();
    Console.Sources sources =
        new Console.Sources(
            new QueueBoard(queues, 50),
            new BookBoard(store, clock, 100, Duration.ofMinutes(15)),
            new BookTimelines(store, new BookInspector(store, new Peek(queues), Queues.ALL, 50)),
            new Experiments(store),
            queues,
            store);
    ApiGate gate =
        new ApiGate(
            ClientKeys.parse(
                List.of("oncall:" + sha(OPS_KEY) + ":ops", "shop:" + sha(SHOP_KEY) + ":previews")),
            new RateLimiter(100, 100, clock),
            16 * 1024);
    console = new Console(sources, gate, clock, Duration.ofHours(1), true);
  }

  @Test
  void withoutASession_pagesRedirectToSignIn_keepingWhereTheyWereGoing() {
    Response r = console.handle(get("/dead-letters", Map.of("book", "b1")));
    assertThat(r.status()).isEqualTo(303);
    assertThat(r.headers().get("Location")).isEqualTo("/login?next=%2Fdead-letters%3Fbook%3Db1");
    assertThat(console.handle(post("/dead-letters/replay", null, Map.of())).status())
        .isEqualTo(401);
  }

  @Test
  void signIn_refusesAWrongKey_andAKeyWithoutTheOpsScope_andAcceptsAnOpsKey() {
    assertThat(signIn("oncall.wrong", "/").status()).isEqualTo(401);
    Response shop = signIn(SHOP_KEY, "/");
    assertThat(shop.status()).isEqualTo(403);
    assertThat(body(shop)).contains("no &#39;ops&#39; scope");
    Response ok = signIn(OPS_KEY, "/books/b1");
    assertThat(ok.status()).isEqualTo(303);
    assertThat(ok.headers().get("Location")).isEqualTo("/books/b1");
    assertThat(ok.headers().get("Set-Cookie"))
        .startsWith(Console.COOKIE + "=")
        .contains("HttpOnly", "SameSite=Strict", "Secure");
  }

  @Test
  void signIn_neverRedirectsOffTheConsole() {
    assertThat(signIn(OPS_KEY, "//evil.example/").headers().get("Location")).isEqualTo("/");
    assertThat(signIn(OPS_KEY, "https://evil.example/").headers().get("Location")).isEqualTo("/");
  }

  @Test
  void aPostWithoutTheSessionsCsrfToken_isRefused_andMovesNothing() {
    queues.send(
        DLQ, DeadLetters.aDeadLetter().forBook("b1").withReason("imagery-corrupt").asCopy());
    String session = session();
    Response r =
        console.handle(
            post("/dead-letters/replay/confirm", session, Map.of("dlq", DLQ, "csrf", "forged")));
    assertThat(r.status()).isEqualTo(403);
    assertThat(queues.status(DLQ).visible()).isEqualTo(1);
  }

  @Test
  void replay_dryRunFirst_movesNothing_thenTheConfirmationMovesTheBooksMessagesOnly() {
    queues.send(
        DLQ,
        DeadLetters.aDeadLetter()
            .forBook("b1")
            .withReason("imagery-corrupt")
            .body(job("b1"))
            .asCopy());
    queues.send(
        DLQ,
        DeadLetters.aDeadLetter()
            .forBook("b2")
            .withReason("imagery-corrupt")
            .body(job("b2"))
            .asCopy());
    String session = session();
    String csrf = csrfOf(console.handle(get("/dead-letters", Map.of(), session)));
    Map<String, String> form = Map.of("dlq", DLQ, "book", "b1", "csrf", csrf);

    Response dry = console.handle(post("/dead-letters/replay", session, form));
    assertThat(body(dry)).contains("Dry run: would move 1 of 2 examined", "id=\"confirm-replay\"");
    assertThat(queues.status(DLQ).visible()).isEqualTo(2);

    Response done = console.handle(post("/dead-letters/replay/confirm", session, form));
    assertThat(body(done)).contains("Replayed: moved 1 of 2 examined");
    assertThat(queues.status(DLQ).visible()).isEqualTo(1);
    assertThat(queues.status(Queues.SATELLITE_PAGE_JOBS_NAME).visible()).isEqualTo(1);
  }

  @Test
  void whatComesFromMessagesAndIds_isEscaped() {
    queues.send(
        DLQ,
        DeadLetters.aDeadLetter()
            .forBook("<script>alert(1)</script>")
            .withReason("<img src=x onerror=alert(2)>")
            .asCopy());
    String session = session();
    String list = body(console.handle(get("/dead-letters", Map.of(), session)));
    assertThat(list)
        .doesNotContain("<script>alert", "<img src=x")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    String missing = body(console.handle(get("/books/%3Cb%3Ebold", Map.of(), session)));
    assertThat(missing).contains("&lt;b&gt;bold").doesNotContain("<b>bold");
  }

  @Test
  void overview_book_experiments_andThumbnailsOfBookImagesOnly() {
    new BookObjects(store, aBook().withId("b1").withSatellitePages(1).build())
        .definition(Map.of())
        .accepted(Instant.now(), Instant.now())
        .resolved("sat-1", Instant.now());
    String session = session();
    assertThat(body(console.handle(get("/", Map.of(), session)))).contains("Overview", "b1", DLQ);
    assertThat(body(console.handle(get("/books/b1", Map.of(), session))))
        .contains(
            "Timeline", "satellite page sat-1", "/objects?key=imagery%2Fb1%2Fsat-1%2Fpreview.jpg");
    assertThat(
            console
                .handle(get("/objects", Map.of("key", "imagery/b1/sat-1/preview.jpg"), session))
                .contentType())
        .isEqualTo("image/jpeg");
    assertThat(
            console
                .handle(get("/objects", Map.of("key", "books/b1/definition.json"), session))
                .status())
        .isEqualTo(404);
    assertThat(body(console.handle(get("/experiments", Map.of(), session))))
        .contains("No experiments");
    assertThat(
            console.handle(get("/books", Map.of("id", "b 1"), session)).headers().get("Location"))
        .isEqualTo("/books/b%201");
    assertThat(console.handle(get("/nope", Map.of(), session)).status()).isEqualTo(404);
    assertThat(console.handle(get("/console.css", Map.of(), null)).contentType())
        .startsWith("text/css");
  }

  @Test
  void signOut_endsTheSession() {
    String session = session();
    String csrf = csrfOf(console.handle(get("/", Map.of(), session)));
    Response out = console.handle(post("/logout", session, Map.of("csrf", csrf)));
    assertThat(out.headers().get("Set-Cookie")).contains("Max-Age=0");
    assertThat(console.handle(get("/", Map.of(), session)).status()).isEqualTo(303);
  }

  /** A satellite-page job as the producer sends it: a body the replay's contract check accepts. */
  private static String job(String bookId) {
    return dev.satpage.model.json.Json.write(
        dev.satpage.model.message.SatellitePageJob.of(
            "o1", bookId, 1, "sat-1", dev.satpage.model.book.SatellitePageSpec.of(41.4, 2.17, 15)));
  }

  private Response signIn(String key, String next) {
    return console.handle(post("/login", null, Map.of("key", key, "next", next)));
  }

  private String session() {
    String cookie = signIn(OPS_KEY, "/").headers().get("Set-Cookie");
    return cookie.substring(Console.COOKIE.length() + 1, cookie.indexOf(';'));
  }

  private static String csrfOf(Response page) {
    String html = body(page);
    int at = html.indexOf("name=\"csrf\" value=\"") + "name=\"csrf\" value=\"".length();
    return html.substring(at, html.indexOf('"', at));
  }

  private static Request get(String path, Map<String, String> params) {
    return get(path, params, null);
  }

  private static Request get(String path, Map<String, String> params, String session) {
    return new Request(
        "GET", java.net.URLDecoder.decode(path, StandardCharsets.UTF_8), params, session);
  }

  private static Request post(String path, String session, Map<String, String> form) {
    return new Request("POST", path, new LinkedHashMap<>(form), session);
  }

  private static String body(Response r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static String sha(String key) {
    return HexFormat.of().formatHex(ClientKeys.sha256(key));
  }
}
