package io.sharedcx.cli;

import io.sharedcx.engine.RuleCompilationException;
import io.sharedcx.model.ModelException;
import io.sharedcx.model.json.InputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code cx} command. Exit codes: 0 success; 1 findings at or above {@code --fail-on}, or failed
 * checks or tests; 2 bad usage, bad input or rule compile errors. Errors go to standard error in one or a
 * few lines, with a stack trace only under {@code --debug}.
 */
@Command(name = "cx", mixinStandardHelpOptions = true, version = "cx 0.1.0",
    description = "Check customer journeys against the customer-experience standards brands and partners share.",
    subcommands = {StandardsCommand.class, CheckCommand.class, TestCommand.class, AssessCommand.class})
public final class Cx implements Runnable {
  /** Success. */
  public static final int OK = 0;
  /** Findings at or above the fail-on severity, or failed checks or tests. */
  public static final int FINDINGS = 1;
  /** Bad usage, bad input or rule compile errors. */
  public static final int BAD_INPUT = 2;

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces with errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: standards, check, test or assess");
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line (used by {@link #main} and by tests). */
  public static CommandLine commandLine() {
    CommandLine line = new CommandLine(new Cx());
    line.setExecutionExceptionHandler((e, cmd, parseResult) -> {
      PrintWriter err = cmd.getErr();
      boolean debug = parseResult.hasMatchedOption("--debug");
      if (e instanceof RuleCompilationException rce) {
        rce.problems().forEach(p -> err.println(p));
      } else if (e instanceof InputException || e instanceof ModelException || e instanceof IllegalArgumentException) {
        err.println("cx: " + e.getMessage());
      } else {
        err.println("cx: unexpected error: " + e + (debug ? "" : " (run with --debug for details)"));
      }
      if (debug) {
        e.printStackTrace(err);
      }
      err.flush();
      return BAD_INPUT;
    });
    return line;
  }
}
