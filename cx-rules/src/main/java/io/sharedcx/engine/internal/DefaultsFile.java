package io.sharedcx.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharedcx.engine.ThresholdRange;
import io.sharedcx.model.Term;
import io.sharedcx.model.Unit;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.InputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A standard's defaults file, {@code <STANDARD-ID>.json}: an array of terms, each with its unit and, where
 * the standard allows less than the unit does, {@code "min"} or {@code "above"} and {@code "max"} or
 * {@code "below"}. Read strictly: a default without a unit, with a unit that is no {@link Unit}, of
 * another standard, given twice, or outside its own range is a problem at its line and column.
 */
public final class DefaultsFile {
  /** The keys that narrow a default's range; the rest of the object is a {@link Term}. */
  static final List<String> RANGE_KEYS = List.of("min", "above", "max", "below");

  /** A default and the values an agreement may set for it. */
  public record Default(Term term, ThresholdRange range) {}

  private final List<Default> defaults = new ArrayList<>();
  private final List<InputException> problems = new ArrayList<>();

  private DefaultsFile() {}

  /** The defaults that were read well. */
  public List<Default> defaults() {
    return defaults;
  }

  /** What is wrong in the file, each at its line and column; empty when it is sound. */
  public List<InputException> problems() {
    return problems;
  }

  /**
   * Reads a defaults file.
   *
   * @param text the file's text
   * @param source the file's name, for problems
   * @param standard the standard the file is named after, or null when the name says none
   */
  public static DefaultsFile read(String text, String source, @Nullable String standard) {
    List<Default> plain = PlainDefaults.read(text, standard);
    if (plain != null) {
      DefaultsFile file = new DefaultsFile();
      file.defaults.addAll(plain);
      return file;
    }
    return readStrictly(text, source, standard);
  }

  /**
   * Reads a defaults file with the JSON mapper, every problem at its line and column: what {@link #read}
   * does with a file {@link PlainDefaults} declines.
   */
  static DefaultsFile readStrictly(String text, String source, @Nullable String standard) {
    DefaultsFile file = new DefaultsFile();
    JsonNode root;
    try {
      root = CxJson.read(text, source, JsonNode.class);
    } catch (InputException e) {
      file.problems.add(e);
      return file;
    }
    if (!root.isArray()) {
      file.problems.add(
          CxJson.errorAt(
              text,
              source,
              "$",
              "a defaults file is an array of terms. Maybe [{\"standard\": ..., \"key\": ...,"
                  + " \"value\": ..., \"unit\": ..., \"provenance\": {...}}]"));
      return file;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < root.size(); i++) {
      String at = "$[" + i + "]";
      JsonNode element = root.get(i);
      if (!element.isObject()) {
        file.problems.add(CxJson.errorAt(text, source, at, "expected a term (a JSON object)"));
        continue;
      }
      ObjectNode term = ((ObjectNode) element).deepCopy();
      BigDecimal[] bounds = new BigDecimal[RANGE_KEYS.size()];
      boolean sound = true;
      for (int k = 0; k < RANGE_KEYS.size(); k++) {
        JsonNode bound = term.remove(RANGE_KEYS.get(k));
        if (bound != null && !bound.isNumber()) {
          file.problems.add(
              CxJson.errorAt(
                  text,
                  source,
                  at + "." + RANGE_KEYS.get(k),
                  "'" + RANGE_KEYS.get(k) + "' must be a number. Maybe 0 or 1, without quotes"));
          sound = false;
        } else if (bound != null) {
          bounds[k] = bound.decimalValue();
        }
      }
      Term read;
      try {
        read = CxJson.read(term.toString(), source, Term.class);
      } catch (InputException e) {
        String path = e.path().startsWith("$") ? at + e.path().substring(1) : at;
        file.problems.add(CxJson.errorAt(text, source, path, e.problem()));
        continue;
      }
      String name = read.standard() + "/" + read.key();
      if (read.unit() == null) {
        file.problems.add(
            CxJson.errorAt(
                text,
                source,
                at,
                "default "
                    + name
                    + " has no unit. Maybe add \"unit\": one of "
                    + Arrays.stream(Unit.values())
                        .map(Unit::name)
                        .collect(Collectors.joining(", "))));
        continue;
      }
      if (standard != null && !standard.equals(read.standard())) {
        file.problems.add(
            CxJson.errorAt(
                text,
                source,
                at + ".standard",
                "default of "
                    + read.standard()
                    + " in the defaults file of "
                    + standard
                    + ". Maybe move it to "
                    + read.standard()
                    + ".json, or write \""
                    + standard
                    + "\""));
        continue;
      }
      if (!seen.add(name)) {
        file.problems.add(
            CxJson.errorAt(
                text,
                source,
                at + ".key",
                "default " + name + " is given twice. Maybe remove one of them"));
        continue;
      }
      if (!sound) {
        continue;
      }
      ThresholdRange range = narrow(read.unit(), bounds, text, source, at, file.problems);
      if (range == null) {
        continue;
      }
      if (!range.contains(read.value())) {
        file.problems.add(
            CxJson.errorAt(
                text,
                source,
                at + ".value",
                "default "
                    + name
                    + " = "
                    + read.value().toPlainString()
                    + " is outside its own range ("
                    + range
                    + "). Maybe "
                    + (range.unit() == Unit.COUNT ? "" : "a value ")
                    + range
                    + ", or a wider range"));
        continue;
      }
      file.defaults.add(new Default(read, range));
    }
    return file;
  }

  /** The unit's range narrowed by the bounds given, or null (with a problem) when they widen it. */
  private static @Nullable ThresholdRange narrow(
      Unit unit,
      BigDecimal[] bounds,
      String text,
      String source,
      String at,
      List<InputException> problems) {
    Narrowed narrowed = narrowed(unit, bounds);
    if (narrowed.range() == null) {
      problems.add(CxJson.errorAt(text, source, at + "." + narrowed.key(), narrowed.problem()));
    }
    return narrowed.range();
  }

  /**
   * A unit's range narrowed by bounds, or, in its place, the first bound that cannot narrow it: its key
   * and what is wrong with it.
   */
  record Narrowed(@Nullable ThresholdRange range, @Nullable String key, @Nullable String problem) {}

  /**
   * The unit's range narrowed by {@code bounds} (by {@link #RANGE_KEYS}, each null when not given); the
   * one reading of bounds the strict and the plain reading share.
   */
  static Narrowed narrowed(Unit unit, BigDecimal[] bounds) {
    ThresholdRange own = ThresholdRange.of(unit);
    BigDecimal min = own.min();
    boolean minIncluded = true;
    BigDecimal max = own.max();
    boolean maxIncluded = true;
    for (int side = 0; side < 2; side++) {
      BigDecimal included = bounds[side * 2];
      BigDecimal excluded = bounds[side * 2 + 1];
      if (included != null && excluded != null) {
        String pair =
            "'" + RANGE_KEYS.get(side * 2) + "' and '" + RANGE_KEYS.get(side * 2 + 1) + "'";
        return new Narrowed(
            null,
            RANGE_KEYS.get(side * 2 + 1),
            "both "
                + pair
                + " are given. Maybe keep one: '"
                + RANGE_KEYS.get(side * 2)
                + "' allows the bound itself, '"
                + RANGE_KEYS.get(side * 2 + 1)
                + "' does not");
      }
      BigDecimal bound = included != null ? included : excluded;
      if (bound == null) {
        continue;
      }
      String key = RANGE_KEYS.get(side * 2 + (included != null ? 0 : 1));
      boolean widens =
          side == 0
              ? own.min() != null && bound.compareTo(own.min()) < 0
              : own.max() != null && bound.compareTo(own.max()) > 0;
      if (widens) {
        return new Narrowed(
            null,
            key,
            "'"
                + key
                + "' "
                + bound.toPlainString()
                + " is outside what a "
                + unit
                + " allows ("
                + own
                + "). Maybe a bound "
                + own
                + ": a default may narrow its unit's range, never widen it");
      }
      if (side == 0) {
        min = bound;
        minIncluded = included != null;
      } else {
        max = bound;
        maxIncluded = included != null;
      }
    }
    return new Narrowed(new ThresholdRange(unit, min, minIncluded, max, maxIncluded), null, null);
  }
}
