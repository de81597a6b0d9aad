package dev.satpage.console.web;

import dev.satpage.console.view.BookBoard;
import dev.satpage.console.view.QueueRow;
import dev.satpage.model.status.BookState;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Queues with their counts, DLQs by failure reason, and the books by state. */
final class OverviewPage {
  private OverviewPage() {}

  static String render(Sessions.Session s, List<QueueRow> queues, BookBoard.Snapshot books) {
    return Html.page("Overview", "overview", s, books(books) + queues(queues, books.at()));
  }

  private static String books(BookBoard.Snapshot b) {
    StringBuilder out =
        new StringBuilder("<section aria-labelledby=\"books\"><h2 id=\"books\">Books</h2>");
    out.append("<dl class=\"counts\">")
        .append(count("pending", b.count(BookState.PENDING)))
        .append(count("blocked", b.count(BookState.BLOCKED)))
        .append(count("rendering", b.count(BookState.RENDERING)))
        .append(count("stuck", b.stuck()))
        .append(count("rendered (last hour)", b.renderedInWindow().size()))
        .append("</dl>");
    out.append("<p>Rendered in the last hour: ")
        .append(b.renderedInWindow().size())
        .append(" books; latency from acceptance to rendered: median ")
        .append(Html.duration(b.medianLatency()))
        .append(", max ")
        .append(Html.duration(b.maxLatency()))
        .append(".")
        .append(
            b.indexTruncated()
                ? " <strong>The pending index holds more books than one refresh reads.</strong>"
                : "")
        .append("</p>");
    if (!b.unfinished().isEmpty()) {
      out.append("<table><caption>Unfinished books (the pending index)</caption><thead><tr>")
          .append(
              "<th scope=\"col\">Book</th><th scope=\"col\">State</th><th scope=\"col\">Accepted</th>")
          .append("<th scope=\"col\">Age</th><th scope=\"col\">Why</th></tr></thead><tbody>");
      for (BookBoard.BookRow r : b.unfinished()) {
        out.append("<tr class=\"")
            .append(r.stuck() ? "stuck" : r.state().name().toLowerCase(java.util.Locale.ROOT))
            .append("\"><td>")
            .append(bookLink(r.bookId()))
            .append("</td><td>")
            .append(Html.esc(r.state()))
            .append(r.stuck() ? " (stuck)" : "")
            .append("</td><td>")
            .append(Html.time(r.acceptedAt()))
            .append("</td><td>")
            .append(
                r.acceptedAt() == null
                    ? "—"
                    : Html.duration(Duration.between(r.acceptedAt(), b.at())))
            .append("</td><td>")
            .append(Html.esc(r.blocker()))
            .append("</td></tr>");
      }
      out.append("</tbody></table>");
    }
    if (!b.renderedInWindow().isEmpty()) {
      out.append("<table><caption>Rendered in the last hour</caption><thead><tr>")
          .append(
              "<th scope=\"col\">Book</th><th scope=\"col\">Rendered</th><th scope=\"col\">Latency</th>")
          .append("</tr></thead><tbody>");
      for (BookBoard.RenderedBook r : b.renderedInWindow().reversed()) {
        out.append("<tr><td>")
            .append(bookLink(r.bookId()))
            .append("</td><td>")
            .append(Html.time(r.renderedAt()))
            .append("</td><td>")
            .append(Html.duration(r.latency()))
            .append("</td></tr>");
      }
      out.append("</tbody></table>");
    }
    return out.append("</section>").toString();
  }

  private static String queues(List<QueueRow> rows, java.time.Instant now) {
    StringBuilder out =
        new StringBuilder(
            """
            <section aria-labelledby="queues"><h2 id="queues">Queues</h2>
            <table><thead><tr><th scope="col">Queue</th><th scope="col">Visible</th><th scope="col">In flight</th>
            <th scope="col">Delayed</th><th scope="col">Oldest</th><th scope="col">Failure reasons (sampled)</th></tr></thead><tbody>""");
    for (QueueRow r : rows) {
      String name =
          r.deadLetterQueue() && r.visible() > 0
              ? "<a href=\"/dead-letters?queue="
                  + Html.esc(Html.url(r.name()))
                  + "\">"
                  + Html.esc(r.name())
                  + "</a>"
              : Html.esc(r.name());
      if (r.missing()) {
        out.append("<tr class=\"missing\"><td>")
            .append(name)
            .append("</td><td colspan=\"5\">missing: no such queue at this endpoint</td></tr>");
        continue;
      }
      out.append("<tr class=\"")
          .append(
              r.deadLetterQueue()
                  ? (r.visible() + r.inFlight() > 0 ? "dlq attention" : "dlq")
                  : "live")
          .append("\"><td>")
          .append(name)
          .append("</td><td>")
          .append(r.visible())
          .append("</td><td>")
          .append(r.inFlight())
          .append("</td><td>")
          .append(r.delayed())
          .append("</td><td>")
          .append(
              r.oldestSentAt() != null
                  ? Html.duration(Duration.between(r.oldestSentAt(), now))
                  : r.deadLetterQueue()
                      ? "—"
                      : "<abbr title=\"CloudWatch ApproximateAgeOfOldestMessage on AWS\">n/a</abbr>")
          .append("</td><td>")
          .append(
              r.reasons().entrySet().stream()
                  .map(e -> Html.esc(e.getKey()) + " × " + e.getValue())
                  .collect(Collectors.joining(", ")))
          .append("</td></tr>");
    }
    return out.append("</tbody></table></section>").toString();
  }

  private static String count(String label, long n) {
    return "<div><dt>" + Html.esc(label) + "</dt><dd>" + n + "</dd></div>";
  }

  static String bookLink(String bookId) {
    return "<a href=\"/books/"
        + Html.esc(Html.pathSegment(bookId))
        + "\">"
        + Html.esc(bookId)
        + "</a>";
  }
}
