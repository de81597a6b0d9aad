package dev.satpage.e2e.chaos;

import java.util.List;

/** The invariant checker's counts and every violation found; {@link #ok()} when there are none. */
public record Verdict(
    int ordered,
    int renderedOnce,
    int renderedTwiceOrMore,
    int inDlqWithReason,
    int lost,
    int unresolvedRenders,
    int unresolvedRefusals,
    List<String> violations) {

  public Verdict {
    violations = List.copyOf(violations);
  }

  public boolean ok() {
    return violations.isEmpty();
  }

  public String counts() {
    return String.format(
        "ordered %d, rendered once %d, rendered twice or more %d, in a DLQ with a reason %d, lost %d, "
            + "rendered with an unresolved dependency %d (render refusals for unresolved-dependency: %d), violations %d",
        ordered,
        renderedOnce,
        renderedTwiceOrMore,
        inDlqWithReason,
        lost,
        unresolvedRenders,
        unresolvedRefusals,
        violations.size());
  }
}
