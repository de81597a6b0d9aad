package dev.satpage.producer.app;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page ({@code /error}): what a filter or Tomcat itself refused after
 * the request reached the application (a TRACE, an exception thrown by a filter) becomes an RFC
 * 9457 problem instead of Spring Boot's {@code BasicErrorController} JSON, which has none of the
 * problem members and answers a direct {@code GET /error} with status 999. Replaces that controller
 * (Spring Boot backs off when an {@link ErrorController} bean exists).
 */
@RestController
class ProblemErrorController implements ErrorController {
  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    // Called directly, not as the error page of another request: there is no such resource.
    HttpStatus status =
        code instanceof Integer c && HttpStatus.resolve(c) != null && c >= 400
            ? HttpStatus.valueOf(c)
            : HttpStatus.NOT_FOUND;
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            status,
            status.is5xxServerError()
                ? "the request failed on our side"
                : "the request was refused: " + status.getReasonPhrase());
    problem.setTitle(status.getReasonPhrase());
    // The refused request's path, not this page's (a path Tomcat let through to the application is
    // a valid URI path).
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
      try {
        problem.setInstance(URI.create(path));
      } catch (IllegalArgumentException notAUri) {
        // not a URI reference: left out (Spring then names this page)
      }
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
