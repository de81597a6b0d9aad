package dev.satpage.producer.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last resort: an exception nobody classified (a bug, S3 refusing our credentials) is a 500
 * problem that says nothing about our insides, and an ERROR with its stack trace in our log.
 * Ordered last, after {@link ProblemHandler} and Spring Boot's handler of Spring MVC's own
 * exceptions, which keep theirs.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@RestControllerAdvice
class UnexpectedProblems {
  private static final Logger log = LoggerFactory.getLogger(UnexpectedProblems.class);

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("preview API: answered 500", e);
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR, "the request failed on our side; it has been logged");
    p.setTitle("Internal server error");
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(p);
  }
}
