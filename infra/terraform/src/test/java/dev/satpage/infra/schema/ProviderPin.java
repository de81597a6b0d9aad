package dev.satpage.infra.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lowest provider version a Terraform version constraint accepts, read with the constraint
 * syntax of https://developer.hashicorp.com/terraform/language/expressions/version-constraints
 * (read 2026-12-02): {@code >=}, {@code >}, {@code =} (or none) and {@code ~>} give a lower bound;
 * {@code <}, {@code <=} and {@code !=} do not.
 */
public final class ProviderPin {
  private static final Pattern PART =
      Pattern.compile("^\\s*(>=|<=|~>|!=|>|<|=)?\\s*v?([0-9]+(?:\\.[0-9]+){0,2})\\s*$");

  private ProviderPin() {}

  /**
   * The lowest version accepted (a {@code >} bound counts as its version: close enough for "at
   * least"), if any.
   */
  public static Optional<int[]> lowerBound(String constraint) {
    int[] best = null;
    for (String part : constraint.split(",")) {
      Matcher m = PART.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException("not a version constraint: " + part);
      }
      String op = m.group(1) == null ? "=" : m.group(1);
      if (op.equals(">=") || op.equals(">") || op.equals("=") || op.equals("~>")) {
        int[] v = parse(m.group(2));
        if (best == null || compare(v, best) > 0) {
          best = v;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  public static int[] parse(String version) {
    List<Integer> parts = new ArrayList<>();
    for (String p : version.split("\\.")) {
      parts.add(Integer.parseInt(p));
    }
    while (parts.size() < 3) {
      parts.add(0);
    }
    return new int[] {parts.get(0), parts.get(1), parts.get(2)};
  }

  public static int compare(int[] a, int[] b) {
    for (int i = 0; i < 3; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }
}
