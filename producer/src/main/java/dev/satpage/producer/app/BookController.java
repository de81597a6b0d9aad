package dev.satpage.producer.app;

import dev.satpage.model.json.Require;
import dev.satpage.model.status.BookStatusReader;
import dev.satpage.producer.status.StuckBookReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The status API for ops and the shop's back office: any book's state (not only previews), and the
 * books that are stuck — pending or blocked past {@code satpage.coordinator.stuck-after} — with
 * what each is missing and why.
 */
@RestController
@RequestMapping(value = "/books", produces = MediaType.APPLICATION_JSON_VALUE)
class BookController {
  private final BookStatusReader reader;
  private final StuckBookReport stuck;

  BookController(BookStatusReader reader, StuckBookReport stuck) {
    this.reader = reader;
    this.stuck = stuck;
  }

  @GetMapping("/stuck")
  StuckBookReport.Result stuck() {
    return stuck.scan();
  }

  /**
   * A book id is what intake accepts ({@link Require#id}); anything else is invalid input naming
   * {@code bookId}.
   */
  @GetMapping("/{bookId}")
  ResponseEntity<?> book(@PathVariable String bookId) {
    Require.id(bookId, "bookId");
    return reader
        .read(bookId)
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(
            () -> {
              ProblemDetail p =
                  ProblemDetail.forStatusAndDetail(
                      HttpStatus.NOT_FOUND, "no book '" + bookId + "'");
              p.setTitle("Book not found");
              return ResponseEntity.status(HttpStatus.NOT_FOUND)
                  .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                  .body(p);
            });
  }
}
