package dev.satpage.producer.app;

import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.json.MessageFormatException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad input as RFC 9457 {@code application/problem+json}, with the offending {@code field} as an extension member. */
@RestControllerAdvice
class ProblemHandler {
  @ExceptionHandler(MessageFormatException.class)
  ResponseEntity<ProblemDetail> invalid(MessageFormatException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setTitle("Invalid request");
    p.setProperty("field", e.field());
    return problem(p);
  }

  @ExceptionHandler(PermanentFailure.class)
  ResponseEntity<ProblemDetail> refused(PermanentFailure e) {
    // order-conflict: the id already names another body (RFC 9110 §15.5.10: conflict with the target's current state).
    HttpStatus status = e.reason().equals("order-conflict") ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.detail());
    p.setTitle("Request refused: " + e.reason());
    p.setProperty("reason", e.reason());
    return problem(p);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the request as application/json");
    p.setTitle("Unsupported media type");
    return problem(p);
  }

  private static ResponseEntity<ProblemDetail> problem(ProblemDetail p) {
    return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }
}
