package io.sharedcx.cli;

import io.sharedcx.engine.CxEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code --rules PATH} option shared by the commands: custom DRL files or directories. */
final class RulesOption {
  @Option(
      names = "--rules",
      paramLabel = "PATH",
      description = "Custom DRL file or directory (with <STANDARD-ID>.json defaults); repeatable.")
  List<Path> rules = new ArrayList<>();

  @Mixin CacheOption cache = new CacheOption();

  CxEngine.Builder builder() {
    CxEngine.Builder builder = CxEngine.builder().compileCache(cache.directory());
    rules.forEach(builder::addRules);
    return builder;
  }
}
