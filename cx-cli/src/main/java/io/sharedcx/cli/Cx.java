package io.sharedcx.cli;

import io.sharedcx.engine.RuleCompilationException;
import io.sharedcx.model.ModelException;
import io.sharedcx.model.json.InputException;
import io.sharedcx.report.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code cx} command. Exit codes: 0 success; 1 findings at or above {@code --fail-on}, or failed
 * checks or tests; 2 bad usage, bad input or rule compile errors; 3 journeys that could not be assessed
 * (unless {@code assess --allow-failures}). Errors go to standard error in one line each, control
 * characters escaped, with a stack trace only under {@code --debug}; what was written to standard output
 * before an error is flushed first.
 */
@Command(
    name = "cx",
    mixinStandardHelpOptions = true,
    versionProvider = Cx.Version.class,
    description =
        "Check customer journeys against the customer-experience standards brands and partners share.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:findings at or above --fail-on, or failed checks or tests",
      "2:bad usage, bad input or rule compile errors",
      "3:journeys that could not be assessed (assess, window, report or adjudicate without"
          + " --allow-failures)"
    })
public final class Cx implements Runnable {
  /** Success. */
  public static final int OK = 0;

  /** Findings at or above the fail-on severity, or failed checks or tests. */
  public static final int FINDINGS = 1;

  /** Bad usage, bad input or rule compile errors. */
  public static final int BAD_INPUT = 2;

  /** Journeys that could not be assessed, unless {@code --allow-failures}. */
  public static final int FAILED_JOURNEYS = 3;

  /**
   * Says on standard error that {@code count} journeys could not be assessed, with what that means for
   * the command's output, and gives the exit code for it.
   *
   * @param spec the command's spec, for its error writer
   * @param count the journeys that could not be assessed, more than none
   * @param consequence what follows from it, right after "could not be assessed"
   * @return {@link #FAILED_JOURNEYS}
   */
  static int failedJourneys(CommandLine.Model.CommandSpec spec, int count, String consequence) {
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        "cx: %,d journey(s) could not be assessed%s. Maybe fix the input or the rule, or pass"
            + " --allow-failures to accept them.%n",
        count, consequence);
    err.flush();
    return FAILED_JOURNEYS;
  }

  @Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "Missing command: standards, check, test, assess, window, report or adjudicate");
  }

  /**
   * The subcommands by name, in the order help lists them. Made on demand: picocli reads each one's
   * options by reflection, which is start-up time a run of another subcommand does not need.
   */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("standards", StandardsCommand::new);
    SUBCOMMANDS.put("check", CheckCommand::new);
    SUBCOMMANDS.put("test", TestCommand::new);
    SUBCOMMANDS.put("assess", AssessCommand::new);
    SUBCOMMANDS.put("window", WindowCommand::new);
    SUBCOMMANDS.put("report", ReportCommand::new);
    SUBCOMMANDS.put("adjudicate", AdjudicateCommand::new);
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine(args).execute(args));
  }

  /**
   * The configured command line with every subcommand (used by tests, and for help and mistakes).
   *
   * @return a command line to execute
   */
  public static CommandLine commandLine() {
    return configured(SUBCOMMANDS.keySet());
  }

  /**
   * The command line {@link #main} runs for {@code args}: when they begin with a subcommand's name, with
   * that subcommand only, so the others' options are not read; else with every subcommand.
   *
   * @param args the arguments the command line will execute
   * @return a command line to execute them
   */
  static CommandLine commandLine(String... args) {
    if (args.length > 0 && SUBCOMMANDS.containsKey(args[0])) {
      return configured(Set.of(args[0]));
    }
    return commandLine();
  }

  private static CommandLine configured(Set<String> subcommands) {
    CommandLine line = new CommandLine(new Cx());
    SUBCOMMANDS.forEach(
        (name, command) -> {
          if (subcommands.contains(name)) {
            line.addSubcommand(name, command.get());
          }
        });
    line.setExecutionExceptionHandler(
        (e, cmd, parseResult) -> {
          cmd.getOut().flush();
          PrintWriter err = cmd.getErr();
          if (e instanceof RuleCompilationException rce) {
            rce.problems().forEach(p -> err.println(Printable.escape(p)));
          } else if (e instanceof InputException
              || e instanceof ModelException
              || e instanceof IllegalArgumentException) {
            err.println("cx: " + Printable.escape(e.getMessage()));
          } else {
            err.println(
                "cx: unexpected error: "
                    + Printable.escape(e)
                    + (debugging(parseResult) ? "" : " (run with --debug for details)"));
          }
          if (debugging(parseResult)) {
            e.printStackTrace(err);
          }
          err.flush();
          return BAD_INPUT;
        });
    line.setParameterExceptionHandler(
        (e, args) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println(Printable.escape(e.getMessage()));
          if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            e.getCommandLine().usage(err);
          }
          err.flush();
          return BAD_INPUT;
        });
    return line;
  }

  /** Whether {@code --debug} was given, before or after the subcommand. */
  private static boolean debugging(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** The version the build wrote into {@code cx-version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cx " + number()};
    }

    /** The project version, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String number() {
      try (InputStream in = Cx.class.getResourceAsStream("cx-version.properties")) {
        if (in == null) {
          throw new IllegalStateException(
              "cx-version.properties is missing from the cx jar. Maybe rebuild it.");
        }
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
