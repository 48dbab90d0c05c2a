package io.sharedcx.cli;

import io.sharedcx.report.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules paths a command is given ({@code --rules PATH}, the paths of {@code cx check}), checked before
 * the engine reads them, so that none is left out without a word. The engine reads a file named {@code
 * *.drl}, and under a directory every {@code *.drl} file with the {@code <STANDARD-ID>.json} defaults
 * beside them; the extension is read in lower case only. So a file of any other name given on its own is
 * an error (a defaults file is read from its directory, never alone), and so is a directory with no
 * {@code .drl} file under it. A {@code .drl} file that holds no rule, and a file under a directory whose
 * extension is {@code .drl} in another case (which the engine does not read), are warnings on standard
 * error.
 */
final class RulePaths {
  /** The name of a defaults file, as the engine reads it from a rules directory. */
  private static final Pattern DEFAULTS = Pattern.compile("[A-Z0-9][A-Z0-9-]*\\.json");

  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

  private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\b");

  private RulePaths() {}

  /**
   * Checks {@code paths}, warning on {@code err} about what is read but looks wrong.
   *
   * @param paths the files and directories given
   * @param option how the paths were given, e.g. {@code "--rules "}, or empty for a command's own
   *     paths; each message names the path after it
   * @param err where warnings go
   * @throws IllegalArgumentException when a file given is not a {@code .drl} file, or a directory given
   *     holds none
   */
  static void check(List<Path> paths, String option, PrintWriter err) {
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        directory(path, option, err);
      } else if (Files.exists(path)) {
        file(path, option, err);
      }
      // A path that does not exist is the engine's error, with its hint.
    }
    err.flush();
  }

  private static void file(Path file, String option, PrintWriter err) {
    String name = String.valueOf(file.getFileName());
    if (!name.endsWith(".drl")) {
      throw new IllegalArgumentException(
          option
              + file
              + " is not a DRL file: rules are read from files named *.drl and from directories"
              + " holding them. "
              + hint(name));
    }
    warnIfNoRule(file, err);
  }

  private static String hint(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".drl")) {
      return "Maybe rename it to "
          + name.substring(0, name.length() - 4)
          + ".drl: the extension is read in lower case only.";
    }
    int drl = lower.indexOf(".drl.");
    if (drl > 0) {
      return "Maybe rename it to " + name.substring(0, drl) + ".drl.";
    }
    if (DEFAULTS.matcher(name).matches()) {
      return "Maybe give the directory that holds it: a defaults file is read from the rules"
          + " directory, beside the rules of its standard.";
    }
    if (lower.endsWith(".test.json")) {
      return "Maybe run it with cx test.";
    }
    if (lower.endsWith(".json")) {
      return "Maybe give a .drl file or a directory of them; a portfolio is the FILE of cx assess,"
          + " window, report or adjudicate.";
    }
    return "Maybe give a .drl file or a directory of them.";
  }

  private static void directory(Path dir, String option, PrintWriter err) {
    List<Path> drl = new ArrayList<>();
    List<Path> otherCase = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = String.valueOf(f.getFileName());
        if (name.endsWith(".drl")) {
          drl.add(f);
        } else if (name.toLowerCase(Locale.ROOT).endsWith(".drl")) {
          otherCase.add(f);
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read rules from "
              + dir
              + ": "
              + e.getMessage()
              + ". Maybe check its permissions.",
          e);
    }
    if (drl.isEmpty()) {
      throw new IllegalArgumentException(
          option
              + dir
              + " is a directory with no .drl file under it, so it adds no rule. "
              + (otherCase.isEmpty()
                  ? "Maybe give the directory that holds the rules."
                  : "Maybe rename "
                      + otherCase.get(0)
                      + " to "
                      + lowerCased(otherCase.get(0))
                      + ": the extension is read in lower case only."));
    }
    for (Path f : otherCase) {
      err.println(
          "warning: "
              + Printable.escape(f)
              + " is not read: rules files are named *.drl, in lower case. Maybe rename it to "
              + Printable.escape(lowerCased(f).getFileName()));
    }
    drl.forEach(f -> warnIfNoRule(f, err));
  }

  private static Path lowerCased(Path file) {
    String name = String.valueOf(file.getFileName());
    return file.resolveSibling(name.substring(0, name.length() - 4) + ".drl");
  }

  private static void warnIfNoRule(Path file, PrintWriter err) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // The engine reads it next and reports what is wrong with it.
      return;
    }
    if (!RULE.matcher(COMMENT.matcher(text).replaceAll("")).find()) {
      err.println(
          "warning: "
              + Printable.escape(file)
              + " holds no rule, so it adds none. Maybe it is not the file you meant, or its rules"
              + " are still to be written");
    }
  }
}
