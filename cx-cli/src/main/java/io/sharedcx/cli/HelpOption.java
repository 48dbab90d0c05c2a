package io.sharedcx.cli;

import picocli.CommandLine.Option;

/** The {@code -h}, {@code --help} option of every command: its usage, on standard output. */
final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;
}
