package dev.satpage.console.web;

import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.queue.Queues;
import dev.satpage.ops.dlq.DeadLetter;
import dev.satpage.ops.dlq.Pacer;
import dev.satpage.ops.dlq.ReplayFilter;
import dev.satpage.ops.dlq.ReplayPolicy;
import dev.satpage.ops.dlq.ReplayProgress;
import dev.satpage.ops.dlq.ReplayRequest;
import dev.satpage.ops.dlq.ReplaySummary;
import dev.satpage.ops.dlq.Replayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dead letters, filtered by queue, reason and book, and their replay: a dry run first, then a
 * confirmation page, then the replay itself — all through the ops CLI's lossless {@link Replayer}
 * with its loop guard and contract check, as {@code ops dlq replay} runs it. Nothing leaves a DLQ
 * without the confirmation.
 */
final class DeadLetterPages {
  private DeadLetterPages() {}

  static Response list(Console.Sources src, Sessions.Session s, Request r) {
    String queue = r.param("queue");
    ReplayFilter filter = filterOf(r);
    StringBuilder out = new StringBuilder(filterForm(queue, r.param("reason"), r.param("book")));
    int shown = 0;
    for (QueueSpec q : Queues.ALL) {
      String dlq = q.deadLetterName();
      if (queue != null && !queue.equals(dlq)) {
        continue;
      }
      List<DeadLetter> found = src.queues().deadLetters(dlq, filter::matches);
      if (found.isEmpty()) {
        continue;
      }
      shown += found.size();
      out.append(table(dlq, found));
      out.append(
          replayForm(s, dlq, r.param("reason"), r.param("book"), "Replay these from " + dlq + "…"));
    }
    if (shown == 0) {
      out.append("<p class=\"empty\">No dead letters match.</p>");
    }
    return Response.html(Html.page("Dead letters", "dead-letters", s, out.toString()));
  }

  /** The dry run (its result and a confirmation form) or, confirmed, the replay and its result. */
  static Response replay(Console.Sources src, Sessions.Session s, Request r, boolean dryRun) {
    String dlq = r.param("dlq");
    Optional<String> target =
        Queues.ALL.stream()
            .filter(q -> q.deadLetterName().equals(dlq))
            .map(QueueSpec::name)
            .findFirst();
    ReplayFilter filter = filterOf(r);
    if (target.isEmpty()) {
      return Response.html(
          400,
          Html.page(
              "Replay",
              "dead-letters",
              s,
              "<p class=\"error\">Not a pipeline DLQ: " + Html.esc(dlq) + "</p>"));
    }
    ReplayRequest request =
        new ReplayRequest(
            dlq,
            target.get(),
            new ReplayPolicy(filter, ReplayPolicy.DEFAULT_MAX_REPLAYS, false),
            0,
            dryRun,
            ReplayRequest.DEFAULT_LEASE);
    ReplaySummary summary =
        new Replayer(src.opsQueues(), Pacer.system(0), ReplayProgress.NONE).replay(request);
    StringBuilder out =
        new StringBuilder("<p id=\"replay-summary\">")
            .append(Html.esc(describe(summary)))
            .append("</p>");
    if (!summary.failures().isEmpty()) {
      out.append("<ul class=\"failures\">");
      summary.failures().forEach(f -> out.append("<li>").append(Html.esc(f)).append("</li>"));
      out.append("</ul>");
    }
    String back =
        r.param("book") != null ? "/books/" + Html.pathSegment(r.param("book")) : "/dead-letters";
    if (dryRun && summary.moved() > 0) {
      out.append(
          """
          <form method="post" action="/dead-letters/replay/confirm">%s%s
          <p>Move these %d message(s) from <code>%s</code> back to <code>%s</code>? Each is deleted from the DLQ only after the queue accepted its copy.</p>
          <p><button type="submit" id="confirm-replay">Replay %d message(s)</button> <a href="%s">Cancel</a></p></form>"""
              .formatted(
                  Html.csrfField(s),
                  hidden(dlq, r.param("reason"), r.param("book")),
                  summary.moved(),
                  Html.esc(dlq),
                  Html.esc(target.get()),
                  summary.moved(),
                  Html.esc(back)));
    } else {
      out.append("<p><a href=\"").append(Html.esc(back)).append("\">Back</a></p>");
    }
    return Response.html(
        Html.page(dryRun ? "Replay: dry run" : "Replay: done", "dead-letters", s, out.toString()));
  }

  /** The button that starts a replay's dry run for one DLQ and filter. */
  static String replayForm(
      Sessions.Session s, String dlq, String reason, String book, String label) {
    return "<form class=\"replay\" method=\"post\" action=\"/dead-letters/replay\">"
        + Html.csrfField(s)
        + hidden(dlq, reason, book)
        + "<button type=\"submit\">"
        + Html.esc(label)
        + "</button> <span class=\"hint\">a dry run first; nothing moves before you confirm</span></form>";
  }

  static String describe(ReplaySummary m) {
    return (m.dryRun() ? "Dry run: would move " : "Replayed: moved ")
        + m.moved()
        + " of "
        + m.examined()
        + " examined from "
        + m.deadLetterQueue()
        + " to "
        + m.target()
        + "; held back "
        + m.heldBack()
        + " (loop guard), skipped by filter "
        + m.skippedByFilter()
        + ", refused "
        + m.refused()
        + ", failed "
        + m.failed()
        + ".";
  }

  /**
   * The filter of the form's reason and book, as {@code --filter reason=… --filter book=…}; blank
   * fields are no condition.
   */
  private static ReplayFilter filterOf(Request r) {
    return ReplayFilter.parse(terms(r.param("reason"), r.param("book")));
  }

  private static List<String> terms(String reason, String book) {
    List<String> terms = new ArrayList<>();
    if (reason != null) {
      terms.add("reason=" + reason);
    }
    if (book != null) {
      terms.add("book=" + book);
    }
    return terms;
  }

  private static String hidden(String dlq, String reason, String book) {
    return field("dlq", dlq) + field("reason", reason) + field("book", book);
  }

  private static String field(String name, String value) {
    return value == null
        ? ""
        : "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.esc(value) + "\">";
  }

  private static String filterForm(String queue, String reason, String book) {
    StringBuilder options = new StringBuilder("<option value=\"\">every DLQ</option>");
    for (QueueSpec q : Queues.ALL) {
      options
          .append("<option")
          .append(q.deadLetterName().equals(queue) ? " selected" : "")
          .append(">")
          .append(Html.esc(q.deadLetterName()))
          .append("</option>");
    }
    return """
        <form class="filter" method="get" action="/dead-letters">
        <label for="f-queue">Queue</label> <select id="f-queue" name="queue">%s</select>
        <label for="f-reason">Reason</label> <input id="f-reason" name="reason" value="%s" size="20" placeholder="e.g. imagery-corrupt">
        <label for="f-book">Book</label> <input id="f-book" name="book" value="%s" size="24">
        <button type="submit">Filter</button></form>"""
        .formatted(options, Html.esc(reason), Html.esc(book));
  }

  private static String table(String dlq, List<DeadLetter> found) {
    StringBuilder out =
        new StringBuilder("<table class=\"dead-letters\"><caption>")
            .append(Html.esc(dlq))
            .append(" (")
            .append(found.size())
            .append(
                ")</caption><thead><tr><th scope=\"col\">Reason</th><th scope=\"col\">Book</th>")
            .append(
                "<th scope=\"col\">Order</th><th scope=\"col\">Attempts</th><th scope=\"col\">Replays</th>")
            .append(
                "<th scope=\"col\">First failure</th><th scope=\"col\">Message</th></tr></thead><tbody>");
    for (DeadLetter m : found) {
      out.append("<tr><td class=\"reason\">")
          .append(Html.esc(m.reasonText()))
          .append("</td><td>")
          .append(m.bookId().map(OverviewPage::bookLink).orElse("—"))
          .append("</td><td>")
          .append(Html.esc(m.orderId().orElse("—")))
          .append("</td><td>")
          .append(m.receiveCount())
          .append("</td><td>")
          .append(m.replayCount())
          .append("</td><td>")
          .append(Html.esc(m.firstFailedAt().orElse("—")))
          .append("</td><td><details><summary><code>")
          .append(Html.esc(m.messageId()))
          .append("</code></summary><pre>")
          .append(Html.esc(m.body()))
          .append("</pre></details></td></tr>");
    }
    return out.append("</tbody></table>").toString();
  }
}
