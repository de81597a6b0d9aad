package dev.satpage.console.view;

import dev.satpage.ops.book.BookReport;
import java.util.List;

/**
 * Everything the console shows about one book: the ops CLI's book report (state, stage, each
 * dependency, its dead letters), the timeline, the keys of its satellite pages' previews and of its
 * rendered pages, the Definition File as written and as patched (null until patched), and the W3C
 * trace id when the Definition File's metadata carries a {@code traceparent} (else null).
 */
public record BookView(
    BookReport report,
    List<TimelineEvent> timeline,
    List<String> satellitePreviewKeys,
    List<String> renderedPageKeys,
    String definitionJson,
    String patchedDefinitionJson,
    String traceId) {
  public BookView {
    timeline = List.copyOf(timeline);
    satellitePreviewKeys = List.copyOf(satellitePreviewKeys);
    renderedPageKeys = List.copyOf(renderedPageKeys);
  }
}
