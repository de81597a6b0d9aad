package dev.satpage.console.web;

import dev.satpage.console.view.BookView;
import dev.satpage.console.view.TimelineEvent;
import dev.satpage.ops.book.BookReport;
import java.util.List;

/**
 * One book: state and stage, why it is blocked and its dead letters, the timeline, thumbnails of
 * its satellite pages and rendered pages, and the Definition File as written and as patched.
 */
final class BookPage {
  private BookPage() {}

  static String render(Sessions.Session s, BookView v) {
    BookReport r = v.report();
    StringBuilder out = new StringBuilder();
    out.append("<dl class=\"facts\">")
        .append(
            fact(
                "State",
                "<strong class=\"state "
                    + Html.esc(r.state().toLowerCase(java.util.Locale.ROOT))
                    + "\" id=\"state\">"
                    + Html.esc(r.state())
                    + "</strong>"))
        .append(fact("Stage", Html.esc(r.stage())))
        .append(fact("Order", Html.esc(r.orderId())))
        .append(
            fact(
                "Definition File",
                "<code>" + Html.esc(r.definitionUri()) + "</code> (version " + r.version() + ")"))
        .append(
            v.traceId() == null
                ? ""
                : fact("Trace", "<code id=\"trace-id\">" + Html.esc(v.traceId()) + "</code>"))
        .append("</dl>");
    out.append(dependencies(r));
    out.append(deadLetters(s, r));
    out.append(timeline(v.timeline()));
    out.append(thumbnails("Satellite page previews", v.satellitePreviewKeys()));
    out.append(thumbnails("Rendered pages", v.renderedPageKeys()));
    out.append("<section aria-labelledby=\"definition\"><h2 id=\"definition\">Definition File</h2>")
        .append("<details><summary>As written by the intake</summary><pre>")
        .append(Html.esc(v.definitionJson()))
        .append("</pre></details>")
        .append(
            v.patchedDefinitionJson() == null
                ? "<p>Not patched yet: the fan-in patches it once every satellite page is made.</p>"
                : "<details><summary>As patched by the fan-in</summary><pre>"
                    + Html.esc(v.patchedDefinitionJson())
                    + "</pre></details>")
        .append("</section>");
    return Html.page("Book " + r.bookId(), "", s, out.toString());
  }

  private static String dependencies(BookReport r) {
    StringBuilder out =
        new StringBuilder(
            """
            <section aria-labelledby="deps"><h2 id="deps">Satellite pages</h2><table><thead><tr>
            <th scope="col">Dependency</th><th scope="col">State</th><th scope="col">Failure reason</th></tr></thead><tbody>""");
    for (BookReport.DependencyStatus d : r.dependencies()) {
      out.append("<tr><td>")
          .append(Html.esc(d.id()))
          .append("</td><td>")
          .append(Html.esc(d.state()))
          .append("</td><td class=\"reason\">")
          .append(Html.esc(d.failureReason()))
          .append("</td></tr>");
    }
    return out.append("</tbody></table></section>").toString();
  }

  private static String deadLetters(Sessions.Session s, BookReport r) {
    StringBuilder out =
        new StringBuilder("<section aria-labelledby=\"dl\"><h2 id=\"dl\">Dead letters</h2>");
    if (r.deadLetters().isEmpty()) {
      return out.append("<p>No message about this book in any DLQ.</p></section>").toString();
    }
    out.append(
        """
        <table id="book-dead-letters"><thead><tr><th scope="col">DLQ</th><th scope="col">Message</th>
        <th scope="col">Reason</th><th scope="col">Receives</th><th scope="col">Replays</th></tr></thead><tbody>""");
    for (BookReport.DeadLetterHit h : r.deadLetters()) {
      out.append("<tr><td>")
          .append(Html.esc(h.queue()))
          .append("</td><td><code>")
          .append(Html.esc(h.messageId()))
          .append("</code></td><td class=\"reason\">")
          .append(Html.esc(h.reason()))
          .append("</td><td>")
          .append(h.receiveCount())
          .append("</td><td>")
          .append(h.replayCount())
          .append("</td></tr>");
    }
    out.append("</tbody></table>");
    for (String dlq :
        r.deadLetters().stream().map(BookReport.DeadLetterHit::queue).distinct().toList()) {
      out.append(
          DeadLetterPages.replayForm(
              s, dlq, null, r.bookId(), "Replay this book's messages from " + dlq + "…"));
    }
    return out.append("</section>").toString();
  }

  private static String timeline(List<TimelineEvent> events) {
    StringBuilder out =
        new StringBuilder(
            """
            <section aria-labelledby="tl"><h2 id="tl">Timeline</h2><table class="timeline"><thead><tr>
            <th scope="col">When</th><th scope="col">Step</th><th scope="col">Detail</th><th scope="col">After previous</th>
            </tr></thead><tbody>""");
    for (TimelineEvent e : events) {
      out.append("<tr><td>")
          .append(Html.time(e.at()))
          .append("</td><td>")
          .append(Html.esc(e.step()))
          .append("</td><td>")
          .append(Html.esc(e.detail()))
          .append("</td><td>")
          .append(Html.duration(e.sincePrevious()))
          .append("</td></tr>");
    }
    if (events.size() > 1) {
      out.append("<tr class=\"total\"><td colspan=\"3\">first to last</td><td>")
          .append(
              Html.duration(
                  java.time.Duration.between(events.getFirst().at(), events.getLast().at())))
          .append("</td></tr>");
    }
    out.append("</tbody></table>");
    if (events.stream().noneMatch(e -> e.step().equals("accepted"))) {
      out.append(
          "<p class=\"hint\">When the order was placed and accepted is kept in the pending index,"
              + " which is cleared once the book is rendered.</p>");
    }
    return out.append("</section>").toString();
  }

  private static String thumbnails(String title, List<String> keys) {
    StringBuilder out = new StringBuilder("<section><h2>").append(Html.esc(title)).append("</h2>");
    if (keys.isEmpty()) {
      return out.append("<p>None yet.</p></section>").toString();
    }
    out.append("<ul class=\"thumbs\">");
    for (String key : keys) {
      String src = "/objects?key=" + Html.url(key);
      out.append("<li><a href=\"")
          .append(Html.esc(src))
          .append("\"><img loading=\"lazy\" src=\"")
          .append(Html.esc(src))
          .append("\" alt=\"")
          .append(Html.esc(key))
          .append("\" width=\"200\"></a></li>");
    }
    return out.append("</ul></section>").toString();
  }

  private static String fact(String term, String html) {
    return "<div><dt>" + Html.esc(term) + "</dt><dd>" + html + "</dd></div>";
  }
}
