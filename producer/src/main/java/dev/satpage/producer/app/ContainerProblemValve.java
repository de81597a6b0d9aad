package dev.satpage.producer.app;

import dev.satpage.model.json.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's error report for what it refuses before any servlet runs — a request target that is not
 * a valid path (an encoded '/' ({@code %2F}), '\' or NUL, a bad '%' escape, '..' above the root,
 * characters outside RFC 3986), a malformed request line or header, a header section over {@code
 * max-http-request-header-size}, an unsupported HTTP version — written as an RFC 9457 problem
 * ({@code application/problem+json}) instead of Tomcat's HTML page. Installed on the Host in place
 * of the default {@link ErrorReportValve} ({@link ContainerProblems}); everything that reaches the
 * application is answered by {@link ProblemHandler} and {@link ProblemErrorController}.
 *
 * <p>Tomcat's own refusals stay as they are — {@code encodedSolidusHandling} "reject" (the default:
 * "request paths containing a %2f sequence will be rejected with a 400 response"; an id never holds
 * a '/', and decoding one would let {@code a%2Fb} name the S3 key {@code books/a/b/…}), {@code
 * encodedReverseSolidusHandling} "decode" then {@code allowBackslash} false, {@code allowTrace}
 * false, {@code maxHttpRequestHeaderSize}
 * (https://tomcat.apache.org/tomcat-11.0-doc/config/http.html, read 2026-12-02) — only their answer
 * changes.
 *
 * <p>Only the members of the document's {@code Problem} schema: {@code title} is the status's
 * reason phrase, as RFC 9457 §4.2.1 asks when the type is {@code about:blank} (left out, so it is);
 * {@code detail} is Tomcat's one-line reason, never an exception's text. The guards are {@link
 * ErrorReportValve#report}'s: nothing below 400, nothing once a body was written, nothing when the
 * connection can no longer be written to.
 */
public final class ContainerProblemValve extends ErrorReportValve {
  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(Json.write(problem(status, throwable == null ? response.getMessage() : null)));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client went away: nothing left to tell it
    }
  }

  /** What a 400 without Tomcat's own message means here: the request could not be parsed at all. */
  static final String UNREADABLE =
      "the request is not readable as HTTP/1.1: a malformed request line or header, a"
          + " character a request target may not hold, or headers larger than the server accepts";

  /**
   * The problem for {@code status}; {@code reason} is Tomcat's own message (null or blank: a
   * generic one).
   */
  static Map<String, Object> problem(int status, String reason) {
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "Error " + status : known.getReasonPhrase();
    String detail =
        reason != null && !reason.isBlank()
            ? "the request was refused: " + reason.strip()
            : status == 400 ? UNREADABLE : title;
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    return problem;
  }
}
