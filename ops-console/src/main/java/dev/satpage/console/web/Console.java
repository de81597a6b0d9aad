package dev.satpage.console.web;

import dev.satpage.console.view.BookBoard;
import dev.satpage.console.view.BookTimelines;
import dev.satpage.console.view.Experiments;
import dev.satpage.console.view.QueueBoard;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.ops.dlq.OpsQueues;
import dev.satpage.producer.access.AccessDecision;
import dev.satpage.producer.access.ApiGate;
import dev.satpage.producer.access.Scope;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's routes: sign-in with a client key (the preview API's checks, scope {@code ops}),
 * then the overview, a book, the dead letters and their replay, the experiments. Every route but
 * sign-in and the stylesheet needs a session; every POST but sign-in needs the session's CSRF
 * token.
 */
public final class Console {
  static final String COOKIE = "satpage-console";
  private static final Logger log = LoggerFactory.getLogger(Console.class);

  /** What the pages read from, wired by the composition root. */
  public record Sources(
      QueueBoard queues,
      BookBoard books,
      BookTimelines timelines,
      Experiments experiments,
      OpsQueues opsQueues,
      ObjectStore store) {}

  private final Sources sources;
  private final ApiGate gate;
  private final Sessions sessions;
  private final boolean secureCookie;

  public Console(
      Sources sources,
      ApiGate gate,
      java.time.Clock clock,
      java.time.Duration sessionTtl,
      boolean secureCookie) {
    this.sources = sources;
    this.gate = gate;
    this.sessions = new Sessions(clock, sessionTtl);
    this.secureCookie = secureCookie;
  }

  Response handle(Request r) {
    if (r.path().equals("/console.css")) {
      return Assets.css();
    }
    if (r.path().equals("/login")) {
      return r.method().equals("POST")
          ? signIn(r)
          : Response.html(LoginPage.render(r.param("next"), null));
    }
    Optional<Sessions.Session> found = sessions.find(r.sessionCookie());
    if (found.isEmpty()) {
      return r.method().equals("GET")
          ? Response.redirect("/login?next=" + Html.url(r.path() + query(r)))
          : Response.html(401, LoginPage.render(null, "Your session ended: sign in again."));
    }
    Sessions.Session session = found.get();
    if (r.method().equals("POST") && !Sessions.csrfMatches(session, r.param("csrf"))) {
      log.warn("console: {} {} refused: missing or wrong CSRF token", r.method(), r.path());
      return Response.html(
          403,
          Html.page(
              "Refused",
              "",
              session,
              "<p>The form's token did not match this session: reload the page and try again.</p>"));
    }
    return route(r, session);
  }

  private Response route(Request r, Sessions.Session s) {
    String p = r.path();
    if (r.method().equals("POST")) {
      return switch (p) {
        case "/logout" -> {
          sessions.close(s.id());
          yield Response.redirect("/login").with("Set-Cookie", cookie("", 0));
        }
        case "/dead-letters/replay" -> DeadLetterPages.replay(sources, s, r, true);
        case "/dead-letters/replay/confirm" -> DeadLetterPages.replay(sources, s, r, false);
        default -> notFound(s);
      };
    }
    if (p.equals("/")) {
      return Response.html(
          OverviewPage.render(s, sources.queues().read(), sources.books().refresh()));
    }
    if (p.equals("/books")) {
      String id = r.param("id");
      return id == null
          ? Response.redirect("/")
          : Response.redirect("/books/" + Html.pathSegment(id));
    }
    if (p.startsWith("/books/")) {
      String id =
          java.net.URLDecoder.decode(
              p.substring("/books/".length()), java.nio.charset.StandardCharsets.UTF_8);
      return sources
          .timelines()
          .read(id)
          .map(v -> Response.html(BookPage.render(s, v)))
          .orElseGet(
              () ->
                  Response.html(
                      404,
                      Html.page(
                          "No such book",
                          "",
                          s,
                          "<p>The bucket holds no Definition File for book <code>"
                              + Html.esc(id)
                              + "</code>.</p>")));
    }
    if (p.equals("/objects")) {
      return Assets.image(sources.store(), r.param("key"));
    }
    if (p.equals("/dead-letters")) {
      return DeadLetterPages.list(sources, s, r);
    }
    if (p.equals("/experiments")) {
      return Response.html(ExperimentsPage.render(s, sources.experiments().names()));
    }
    if (p.startsWith("/experiments/")) {
      String name =
          java.net.URLDecoder.decode(
              p.substring("/experiments/".length()), java.nio.charset.StandardCharsets.UTF_8);
      // An experiment's name is an id (ExperimentComparison): anything else names none.
      return ExperimentsPage.report(
          s,
          name,
          name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
              ? sources.experiments().report(name)
              : Optional.empty());
    }
    return notFound(s);
  }

  private Response signIn(Request r) {
    String key = r.param("key");
    ApiGate.Outcome outcome = gate.check(key == null ? null : "Bearer " + key, Scope.OPS, -1);
    if (outcome instanceof ApiGate.Admitted admitted) {
      Sessions.Session s = sessions.open(admitted.client().id());
      log.info("console: client {} signed in", admitted.client().id());
      String next = r.param("next");
      // Only a path on this console: an absolute or scheme-relative URL would be an open redirect.
      String to = next != null && next.startsWith("/") && !next.startsWith("//") ? next : "/";
      return Response.redirect(to).with("Set-Cookie", cookie(s.id(), -1));
    }
    AccessDecision refusal = ((ApiGate.Refused) outcome).reason();
    String why =
        switch (refusal) {
          case AccessDecision.Unauthenticated u -> u.detail();
          case AccessDecision.Forbidden f ->
              "client '" + f.clientId() + "' has no 'ops' scope: the console needs a key with it";
          case AccessDecision.RateLimited l ->
              "too many attempts: wait " + l.retryAfter().toSeconds() + " s";
          case AccessDecision.TooLarge t -> "request too large";
        };
    log.warn("console: sign-in refused: {}", why);
    int status =
        refusal instanceof AccessDecision.RateLimited
            ? 429
            : refusal instanceof AccessDecision.Forbidden ? 403 : 401;
    return Response.html(status, LoginPage.render(r.param("next"), why));
  }

  private String cookie(String value, int maxAge) {
    return COOKIE
        + "="
        + value
        + "; Path=/; HttpOnly; SameSite=Strict"
        + (secureCookie ? "; Secure" : "")
        + (maxAge >= 0 ? "; Max-Age=" + maxAge : "");
  }

  private static String query(Request r) {
    if (r.params().isEmpty()) {
      return "";
    }
    StringBuilder q = new StringBuilder("?");
    for (Map.Entry<String, String> e : r.params().entrySet()) {
      q.append(q.length() > 1 ? "&" : "")
          .append(Html.url(e.getKey()))
          .append('=')
          .append(Html.url(e.getValue()));
    }
    return q.toString();
  }

  private static Response notFound(Sessions.Session s) {
    return Response.html(
        404, Html.page("Not found", "", s, "<p>No such page. <a href=\"/\">Overview</a></p>"));
  }
}
