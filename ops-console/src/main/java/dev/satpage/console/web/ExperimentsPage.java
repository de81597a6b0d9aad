package dev.satpage.console.web;

import dev.satpage.ops.experiment.ExperimentHtml;
import dev.satpage.ops.experiment.ExperimentReport;
import java.util.List;
import java.util.Optional;

/**
 * The experiments found in the bucket, and each one's report: the ops CLI's page ({@link
 * ExperimentHtml#untitledFragment}), its thumbnails served by this console from the bucket.
 */
final class ExperimentsPage {
  private ExperimentsPage() {}

  static String render(Sessions.Session s, List<String> names) {
    if (names.isEmpty()) {
      return Html.page(
          "Experiments",
          "experiments",
          s,
          "<p class=\"empty\">No experiments: the bucket has nothing under <code>experiments/</code>.</p>");
    }
    StringBuilder list = new StringBuilder("<ul class=\"experiments\">");
    names.forEach(
        n ->
            list.append("<li><a href=\"/experiments/")
                .append(Html.esc(Html.pathSegment(n)))
                .append("\"><code>")
                .append(Html.esc(n))
                .append("</code></a></li>"));
    list.append("</ul>");
    return Html.page("Experiments", "experiments", s, list.toString());
  }

  static Response report(Sessions.Session s, String name, Optional<ExperimentReport> report) {
    return report
        .map(
            r ->
                Response.html(
                    Html.page(
                        "Experiment " + name,
                        "experiments",
                        s,
                        ExperimentHtml.untitledFragment(
                            r, key -> Optional.of("/objects?key=" + Html.url(key))))))
        .orElseGet(
            () ->
                Response.html(
                    404,
                    Html.page(
                        "No such experiment",
                        "experiments",
                        s,
                        "<p>The bucket holds no comparison of experiment <code>"
                            + Html.esc(name)
                            + "</code>. <a href=\"/experiments\">Experiments</a></p>")));
  }
}
