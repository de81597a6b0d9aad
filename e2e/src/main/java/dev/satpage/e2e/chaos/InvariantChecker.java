package dev.satpage.e2e.chaos;

import dev.satpage.model.failure.FailureReason;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The chaos run's invariants, as a pure function of what was observed: every ordered book is
 * rendered exactly once or (before replay) sits in a DLQ with a reason; no book was rendered from
 * an incomplete Definition File; no two books share an output object.
 */
public final class InvariantChecker {
  public static final String UNRESOLVED_DEPENDENCY = FailureReason.UNRESOLVED_DEPENDENCY.code();

  /**
   * What the run left behind for one rendered book: was its patched Definition File complete, which
   * outputs it has.
   */
  public record RenderedBook(String bookId, boolean patchedComplete, List<String> outputs) {}

  private InvariantChecker() {}

  /**
   * @param ordered every book id the driver ordered
   * @param renderEvents the book id of every book-rendered event received (duplicates included)
   * @param rendered per rendered book, its patched-file check and its output keys
   * @param dlq every message in any DLQ
   * @param dlqAllowed false after the replay: then every book must have been rendered exactly once
   */
  public static Verdict check(
      Collection<String> ordered,
      List<String> renderEvents,
      Collection<RenderedBook> rendered,
      List<DlqEntry> dlq,
      boolean dlqAllowed) {
    List<String> violations = new ArrayList<>();
    Map<String, Integer> renders = new HashMap<>();
    renderEvents.forEach(b -> renders.merge(b, 1, Integer::sum));
    Map<String, List<DlqEntry>> dead = new HashMap<>();
    dlq.forEach(e -> dead.computeIfAbsent(e.bookId(), k -> new ArrayList<>()).add(e));

    int once = 0;
    int twice = 0;
    int inDlq = 0;
    int lost = 0;
    for (String book : ordered) {
      int n = renders.getOrDefault(book, 0);
      if (n == 1) {
        once++;
      } else if (n > 1) {
        twice++;
        violations.add(book + " rendered " + n + " times");
      } else if (dlqAllowed
          && dead.getOrDefault(book, List.of()).stream().anyMatch(DlqEntry::hasReason)) {
        inDlq++;
      } else {
        lost++;
        violations.add(
            book
                + " not rendered"
                + (dlqAllowed ? " and not in any DLQ" : " after the DLQ replay"));
      }
    }
    Set<String> orderedSet = new HashSet<>(ordered);
    renders.keySet().stream()
        .filter(b -> !orderedSet.contains(b))
        .forEach(b -> violations.add(b + " rendered but never ordered"));
    if (!dlqAllowed) {
      dlq.forEach(
          e ->
              violations.add(
                  "left in "
                      + e.queue()
                      + " after replay: "
                      + e.bookId()
                      + " ("
                      + e.reason()
                      + ")"));
    }
    dlq.stream()
        .filter(e -> !e.hasReason())
        .forEach(
            e ->
                violations.add("DLQ message without a reason in " + e.queue() + ": " + e.bookId()));

    int unresolved = 0;
    Map<String, String> owner = new HashMap<>();
    for (RenderedBook r : rendered) {
      if (!r.patchedComplete()) {
        unresolved++;
        violations.add(
            r.bookId() + " rendered although its patched Definition File is incomplete or missing");
      }
      for (String output : r.outputs()) {
        String other = owner.putIfAbsent(output, r.bookId());
        if (other != null && !other.equals(r.bookId())) {
          violations.add(output + " is an output of both " + other + " and " + r.bookId());
        }
      }
    }
    // The coordinator must never dispatch a half-resolved book; the render worker refusing one
    // proves it did.
    int refusals = 0;
    for (DlqEntry e : dlq) {
      if (UNRESOLVED_DEPENDENCY.equals(e.reason())) {
        refusals++;
        violations.add(
            "render job for "
                + e.bookId()
                + " refused as unresolved-dependency: dispatched too early");
      }
    }
    return new Verdict(ordered.size(), once, twice, inDlq, lost, unresolved, refusals, violations);
  }
}
