package io.sharedcx.engine.internal;

import io.sharedcx.engine.RuleProblem;
import io.sharedcx.model.Term;
import io.sharedcx.model.json.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The defaults files found beside custom rules ({@code <STANDARD-ID>.json} in a rules directory): each is
 * read and checked as the pack's are, may not be named after a standard of the default pack (it would
 * replace the pack's defaults for every partnership) and must belong to a standard the rules declare.
 */
public final class CustomDefaults {
  private CustomDefaults() {}

  /**
   * Reads {@code files}, adding a problem per mistake to {@code problems}.
   *
   * @param files each file's name and text
   * @param packStandards the default pack's standard ids (empty without the pack)
   * @param problems receives the problems, each at its file, line and column
   * @param unreadable receives the ids of the standards whose file has a problem
   * @return the defaults read well
   */
  public static List<DefaultsFile.Default> read(
      List<DrlCompiler.Source> files,
      Map<String, String> packStandards,
      List<RuleProblem> problems,
      Set<String> unreadable) {
    List<DefaultsFile.Default> defaults = new ArrayList<>();
    for (DrlCompiler.Source file : files) {
      String id = standardOf(file);
      if (packStandards.containsKey(id)) {
        problems.add(
            new RuleProblem(
                file.name(),
                1,
                1,
                null,
                "defaults file of "
                    + id
                    + ", a standard of the default pack, would replace the pack's defaults in "
                    + String.format(RuleBase.DEFAULTS, id)
                    + " for every partnership",
                "Maybe agree a different value in a partnership's agreement.terms, or give a new"
                    + " standard an id of its own"));
        continue;
      }
      DefaultsFile read = DefaultsFile.read(file.text(), file.name(), id);
      defaults.addAll(read.defaults());
      if (!read.problems().isEmpty()) {
        unreadable.add(id);
      }
      for (InputException e : read.problems()) {
        problems.add(
            new RuleProblem(
                file.name(),
                Math.max(0, e.line()),
                Math.max(0, e.column()),
                null,
                e.problem(),
                null));
      }
    }
    return defaults;
  }

  /**
   * Adds a problem for each file that belongs to no standard in {@code standards} and none of the pack
   * (those are reported by {@link #read}): its defaults would serve no rule, and the rules that meant it
   * would find none.
   */
  public static void orphans(
      List<DrlCompiler.Source> files,
      Map<String, String> packStandards,
      Set<String> standards,
      List<RuleProblem> problems) {
    for (DrlCompiler.Source file : files) {
      String id = standardOf(file);
      if (packStandards.containsKey(id) || standards.contains(id)) {
        continue;
      }
      Set<String> candidates = new TreeSet<>(standards);
      candidates.removeAll(packStandards.keySet());
      String closest = DrlCompiler.closest(id, candidates);
      problems.add(
          new RuleProblem(
              file.name(),
              1,
              1,
              null,
              "defaults file of " + id + ", a standard no rule declares",
              closest != null
                  ? "Maybe name it " + closest + ".json"
                  : "Maybe name it after the @standard(...) of your rules"));
    }
  }

  /**
   * The keys of {@code pack} and {@code custom} defaults, by standard; a standard whose file could not be
   * read stands for any key ({@link DrlCompiler#ANY_KEY}), so its file's problems are not repeated at
   * every rule that uses it.
   */
  public static Map<String, Set<String>> keys(
      List<Term> pack, List<DefaultsFile.Default> custom, Set<String> unreadable) {
    Map<String, Set<String>> keys = new TreeMap<>();
    unreadable.forEach(
        id -> keys.computeIfAbsent(id, s -> new TreeSet<>()).add(DrlCompiler.ANY_KEY));
    pack.forEach(t -> keys.computeIfAbsent(t.standard(), s -> new TreeSet<>()).add(t.key()));
    custom.forEach(
        d -> keys.computeIfAbsent(d.term().standard(), s -> new TreeSet<>()).add(d.term().key()));
    return keys;
  }

  private static String standardOf(DrlCompiler.Source file) {
    String name = Path.of(file.name()).getFileName().toString();
    return name.substring(0, name.length() - ".json".length());
  }
}
