package io.sharedcx.cli;

import java.util.List;
import java.util.Locale;

/** The hint after "Maybe" for a mistyped name: the closest known one, else the list of them. */
final class Spelling {
  private Spelling() {}

  /**
   * The closest of {@code keys} to {@code typed} (within a third of its length, ignoring case), shown as
   * the same index of {@code shown} with a question mark; else "one of: " and the shown values, in
   * their order.
   */
  static String suggestion(String typed, List<String> shown, List<String> keys) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < keys.size(); i++) {
      int d = distance(typed.toLowerCase(Locale.ROOT), keys.get(i).toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    }
    if (best >= 0 && bestDistance <= Math.max(2, typed.length() / 3)) {
      return shown.get(best) + "?";
    }
    if (shown.size() > 12) {
      return "one of: " + String.join(", ", shown.subList(0, 12)) + ", ... (" + shown.size() + ")";
    }
    return "one of: " + String.join(", ", shown);
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
