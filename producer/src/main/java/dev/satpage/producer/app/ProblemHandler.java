package dev.satpage.producer.app;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.TransientFailure;
import dev.satpage.model.json.MessageFormatException;
import dev.satpage.producer.access.AccessDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal as RFC 9457 {@code application/problem+json}: bad input (400, with the offending
 * {@code field} as an extension member — a malformed path id too), 401/403/413/429 from the preview
 * API's access checks, 415, 422, and 503 with {@code Retry-After} when S3 or SQS failed
 * transiently. Spring MVC's own refusals (404, 405, 406…) are Spring Boot's problem details ({@code
 * spring.mvc.problemdetails.enabled}); anything else is {@link UnexpectedProblems}' 500; what never
 * reaches Spring MVC is {@link ContainerProblemValve}'s and {@link ProblemErrorController}'s.
 */
// Before Spring Boot's own problem-details handler (spring.mvc.problemdetails.enabled), which would
// otherwise answer an over-long chunked body with a generic 400 "Failed to read request".
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class ProblemHandler {
  static final String REALM = "satpage-preview-api";

  /**
   * A transient S3/SQS failure is retried by the store within a request; a caller may try again
   * this soon.
   */
  static final int RETRY_AFTER_SECONDS = 2;

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(MessageFormatException.class)
  ResponseEntity<ProblemDetail> invalid(MessageFormatException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setTitle("Invalid request");
    p.setProperty("field", e.field());
    return problem(p);
  }

  @ExceptionHandler(PermanentFailure.class)
  ResponseEntity<ProblemDetail> refused(PermanentFailure e) {
    // order-conflict: the id already names another body (RFC 9110 §15.5.10: conflict with the
    // target's current state).
    HttpStatus status =
        e.kind() == FailureReason.ORDER_CONFLICT
            ? HttpStatus.CONFLICT
            : HttpStatus.UNPROCESSABLE_CONTENT;
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.detail());
    p.setTitle("Request refused: " + e.reason());
    p.setProperty("reason", e.reason());
    return problem(p);
  }

  /** S3 or SQS failed in a way that may pass (RFC 9110 §15.6.4: 503, with Retry-After, §10.2.3). */
  @ExceptionHandler(TransientFailure.class)
  ResponseEntity<ProblemDetail> unavailable(TransientFailure e) {
    log.warn("preview API: answered 503, {}", e.getMessage());
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            "a storage or queue service is briefly unavailable; retry after "
                + RETRY_AFTER_SECONDS
                + " s");
    p.setTitle("Service unavailable");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(p);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the request as application/json");
    p.setTitle("Unsupported media type");
    return problem(p);
  }

  @ExceptionHandler(ApiAccessException.class)
  ResponseEntity<ProblemDetail> access(ApiAccessException e) {
    return switch (e.decision()) {
      case AccessDecision.Unauthenticated u -> {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, u.detail());
        p.setTitle("Unauthenticated");
        // RFC 9110 §11.6.1: a 401 names the scheme to use; RFC 6750 §3 for Bearer.
        yield ResponseEntity.status(HttpStatus.UNAUTHORIZED)
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"")
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(p);
      }
      case AccessDecision.Forbidden f -> {
        ProblemDetail p =
            ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN,
                "client '"
                    + f.clientId()
                    + "' may not call this; it needs the scope '"
                    + f.needed().configName()
                    + "'");
        p.setTitle("Forbidden");
        p.setProperty("client", f.clientId());
        yield problem(p);
      }
      case AccessDecision.RateLimited r -> {
        ProblemDetail p =
            ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS,
                "client '"
                    + r.clientId()
                    + "' is over its rate limit; retry after "
                    + r.retryAfter().toSeconds()
                    + " s");
        p.setTitle("Too many requests");
        p.setProperty("client", r.clientId());
        p.setProperty("retryAfterSeconds", r.retryAfter().toSeconds());
        yield ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
            .header(HttpHeaders.RETRY_AFTER, Long.toString(r.retryAfter().toSeconds()))
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(p);
      }
      case AccessDecision.TooLarge t -> tooLarge(t.limitBytes());
    };
  }

  /**
   * A chunked body that grew past the limit while it was read ({@link BoundedBodyFilter}); else
   * unreadable: 400.
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BoundedBodyFilter.BodyTooLargeException tooLarge) {
        return tooLarge(tooLarge.limit);
      }
    }
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "the request body could not be read");
    p.setTitle("Invalid request");
    return problem(p);
  }

  private static ResponseEntity<ProblemDetail> tooLarge(long limit) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONTENT_TOO_LARGE, "the request body is larger than " + limit + " bytes");
    p.setTitle("Content too large");
    p.setProperty("limitBytes", limit);
    return problem(p);
  }

  private static ResponseEntity<ProblemDetail> problem(ProblemDetail p) {
    return ResponseEntity.status(p.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(p);
  }
}
