package io.sharedcx.cli;

import io.sharedcx.engine.CxEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --rules PATH} option shared by the commands: custom DRL files or directories, checked by
 * {@link RulePaths} before the engine reads them.
 */
final class RulesOption {
  @Option(
      names = "--rules",
      paramLabel = "PATH",
      description =
          "Custom DRL file (*.drl) or directory of them (with <STANDARD-ID>.json defaults);"
              + " repeatable.")
  List<Path> rules = new ArrayList<>();

  @Mixin CacheOption cache = new CacheOption();

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  private boolean checked;

  /**
   * Checks the paths given, once: a file that is not a {@code .drl} file, or a directory with none, is
   * an error; what looks wrong but is read is a warning on standard error.
   *
   * @throws IllegalArgumentException when a path given would add no rule
   */
  void check() {
    if (!checked) {
      RulePaths.check(rules, "--rules ", command.commandLine().getErr());
      checked = true;
    }
  }

  CxEngine.Builder builder() {
    check();
    CxEngine.Builder builder = CxEngine.builder().compileCache(cache.directory());
    rules.forEach(builder::addRules);
    return builder;
  }
}
