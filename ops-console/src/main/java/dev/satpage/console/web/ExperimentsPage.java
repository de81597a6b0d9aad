package dev.satpage.console.web;

import java.util.List;

/** The experiments found in the bucket; each one's report page comes with the report renderer. */
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
    names.forEach(n -> list.append("<li><code>").append(Html.esc(n)).append("</code></li>"));
    list.append("</ul>");
    return Html.page("Experiments", "experiments", s, list.toString());
  }
}
