package dev.satpage.producer.app;

import dev.satpage.aws.trace.BookTraces;
import dev.satpage.aws.trace.TraceContext;
import dev.satpage.model.json.Json;
import dev.satpage.producer.preview.PreviewRequest;
import dev.satpage.producer.preview.PreviewService;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The preview API the web shop calls. The body is parsed by the same reader as every message, so a
 * bad request gets the same field-naming error (as RFC 9457 problem details, see {@link
 * ProblemHandler}).
 */
@RestController
@RequestMapping("/previews")
class PreviewController {
  private final PreviewService previews;

  PreviewController(PreviewService previews) {
    this.previews = previews;
  }

  @PostMapping(
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, String>> create(
      @RequestBody String body, @RequestHeader HttpHeaders headers) {
    // A SERVER span, the child of the web shop's traceparent header if it sent one; the book gets
    // its own trace, linked to it (BookTraces), as a book of an order does.
    Map<String, String> carrier = new HashMap<>();
    for (String name : List.of(TraceContext.TRACEPARENT, TraceContext.TRACESTATE)) {
      String value = headers.getFirst(name);
      if (value != null) {
        carrier.put(name, value);
      }
    }
    String id =
        TraceContext.inSpan(
            "POST /previews",
            SpanKind.SERVER,
            TraceContext.extract(carrier),
            Attributes.of(
                AttributeKey.stringKey("http.request.method"),
                "POST",
                AttributeKey.stringKey("http.route"),
                "/previews"),
            () -> BookTraces.perBook(() -> previews.create(Json.read(body, PreviewRequest.class))));
    URI location = URI.create("/previews/" + id);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .location(location)
        .body(Map.of("previewId", id, "status", "pending", "statusUrl", location.toString()));
  }

  @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> get(@PathVariable String id) {
    return previews
        .status(id)
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(
            () -> {
              ProblemDetail p =
                  ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no preview '" + id + "'");
              p.setTitle("Preview not found");
              return ResponseEntity.status(HttpStatus.NOT_FOUND)
                  .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                  .body(p);
            });
  }
}
