package io.sharedcx.model;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The invariant checks shared by the model's {@code @Value.Check} methods. */
final class Checks {
  /** Longest id, in characters. */
  private static final int MAX_ID = 128;

  private Checks() {}

  static void id(String type, String field, String value) {
    if (!isId(value)) {
      throw new ModelException(
          type,
          field,
          value,
          "an id of 1 to 128 letters, digits or . _ : @ / - starting with a letter or digit");
    }
  }

  /**
   * Whether {@code value} is 1 to 128 letters, digits or {@code . _ : @ / -} starting with a letter or
   * digit (ASCII only). A loop, not a pattern: every id of every journey read passes here.
   */
  static boolean isId(String value) {
    int length = value.length();
    if (length == 0 || length > MAX_ID || !isAsciiLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c)
          && c != '.'
          && c != '_'
          && c != ':'
          && c != '@'
          && c != '/'
          && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  static void text(String type, String field, String value) {
    if (value.isBlank()) {
      throw new ModelException(type, field, value, "non-blank text");
    }
    if (value.length() > 10_000) {
      throw new ModelException(
          type, field, value, "at most 10,000 characters (got " + value.length() + ")");
    }
  }

  static void positive(String type, String field, int value) {
    if (value <= 0) {
      throw new ModelException(type, field, value, "a positive whole number");
    }
  }

  static void notNegative(String type, String field, int value) {
    if (value < 0) {
      throw new ModelException(type, field, value, "zero or more");
    }
  }

  static void notNegative(String type, String field, BigDecimal value) {
    if (value != null && value.signum() < 0) {
      throw new ModelException(type, field, value, "zero or more");
    }
  }

  static void nonEmpty(String type, String field, Collection<?> values, String what) {
    if (values.isEmpty()) {
      throw new ModelException(type, field, "[]", "at least one " + what);
    }
  }

  /** The non-null party references among {@code fieldAndId} pairs, by field. */
  static Map<String, String> refs(String... fieldAndId) {
    ImmutableMap.Builder<String, String> refs =
        ImmutableMap.builderWithExpectedSize(fieldAndId.length / 2);
    for (int i = 0; i < fieldAndId.length; i += 2) {
      if (fieldAndId[i + 1] != null) {
        refs.put(fieldAndId[i], fieldAndId[i + 1]);
      }
    }
    return refs.buildOrThrow();
  }

  /** Fails on the first id that occurs twice. */
  static void unique(String type, String field, Iterable<String> ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        throw new ModelException(
            type, field, id, "unique ids, but '" + id + "' occurs more than once");
      }
    }
  }

  /**
   * Fails when {@code id} is not among {@code known}, as {@link #known(String, String, String, Set,
   * String)} does; the touchpoint's type is worked out only then.
   */
  static void known(Touchpoint owner, String field, String id, Set<String> known, String what) {
    if (id != null && !known.contains(id)) {
      known(typeOf(owner), field, id, known, what);
    }
  }

  /** {@return a touchpoint's type as the input names it: "Shipment", not "ImmutableShipment"} */
  static String typeOf(Touchpoint t) {
    return t.getClass().getSimpleName().replace("Immutable", "");
  }

  /** Fails when {@code id} is not among {@code known}, naming the dangling id and the known ones. */
  static void known(String type, String field, String id, Set<String> known, String what) {
    if (id != null && !known.contains(id)) {
      throw new ModelException(
          type,
          field,
          type
              + "."
              + field
              + " = '"
              + id
              + "' names no "
              + what
              + " in this portfolio; known "
              + plural(what)
              + ": "
              + sample(known)
              + ". Maybe add "
              + article(what)
              + " "
              + what
              + " with id '"
              + id
              + "' or correct the id.");
    }
  }

  /** "party" becomes "parties", "order" "orders". */
  private static String plural(String noun) {
    return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
  }

  /** "an order", "a party". */
  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }

  private static String sample(Set<String> known) {
    if (known.isEmpty()) {
      return "none";
    }
    return known.stream().sorted().limit(10).reduce((a, b) -> a + ", " + b).orElse("")
        + (known.size() > 10 ? ", ..." : "");
  }
}
