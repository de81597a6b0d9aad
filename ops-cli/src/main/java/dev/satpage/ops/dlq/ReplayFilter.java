package dev.satpage.ops.dlq;

import java.util.ArrayList;
import java.util.List;

/**
 * Which dead letters a replay takes: every condition must hold ({@code reason=…}, {@code book=…},
 * {@code order=…}); no condition takes all. {@code reason=redrive} selects the messages the redrive
 * policy moved.
 */
public record ReplayFilter(List<Condition> conditions) {
  public enum Field {
    REASON,
    BOOK,
    ORDER
  }

  public record Condition(Field field, String value) {}

  public static final ReplayFilter ALL = new ReplayFilter(List.of());

  public ReplayFilter {
    conditions = List.copyOf(conditions);
  }

  /**
   * Parses {@code key=value} terms; throws {@link IllegalArgumentException} naming the bad term.
   */
  public static ReplayFilter parse(List<String> terms) {
    List<Condition> out = new ArrayList<>();
    for (String term : terms) {
      int eq = term.indexOf('=');
      if (eq <= 0 || eq == term.length() - 1) {
        throw new IllegalArgumentException(
            "filter '" + term + "' is not key=value (keys: reason, book, order)");
      }
      Field field =
          switch (term.substring(0, eq).trim()) {
            case "reason" -> Field.REASON;
            case "book" -> Field.BOOK;
            case "order" -> Field.ORDER;
            default ->
                throw new IllegalArgumentException(
                    "filter key '"
                        + term.substring(0, eq)
                        + "' is unknown (keys: reason, book, order)");
          };
      out.add(new Condition(field, term.substring(eq + 1).trim()));
    }
    return new ReplayFilter(out);
  }

  public boolean matches(DeadLetter m) {
    for (Condition c : conditions) {
      boolean ok =
          switch (c.field()) {
            case REASON -> c.value().equals(m.reason());
            case BOOK -> m.concernsBook(c.value());
            case ORDER -> m.orderId().map(c.value()::equals).orElse(false);
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
