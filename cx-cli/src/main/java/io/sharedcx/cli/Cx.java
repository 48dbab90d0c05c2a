package io.sharedcx.cli;

import io.sharedcx.engine.RuleCompilationException;
import io.sharedcx.model.ModelException;
import io.sharedcx.model.json.InputException;
import io.sharedcx.report.Printable;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
 * checks or tests; 2 bad usage, bad input, rule compile errors, or a run that could not finish (the JVM
 * out of memory, output that could not be written); 3 journeys that could not be assessed (unless {@code assess --allow-failures}).
 * Errors go to standard error in one line each, control characters escaped, with a stack trace only
 * under {@code --debug}; what was written to standard output before an error is flushed first.
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
      "2:bad usage, bad input, rule compile errors, or a run that could not finish (out of"
          + " memory, output that could not be written)",
      "3:journeys that could not be assessed (assess, window, report or adjudicate without"
          + " --allow-failures)"
    })
public final class Cx implements Runnable {
  /** Success. */
  public static final int OK = 0;

  /** Findings at or above the fail-on severity, or failed checks or tests. */
  public static final int FINDINGS = 1;

  /**
   * Bad usage, bad input, rule compile errors, or a run that could not finish (the JVM out of memory,
   * output that could not be written): never mistaken for findings.
   */
  public static final int BAD_INPUT = 2;

  /** The system property that sets how java.util.logging's console lines read. */
  private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";

  /** Journeys that could not be assessed, unless {@code --allow-failures}. */
  public static final int FAILED_JOURNEYS = 3;

  /** The command, before picocli sets its options from the arguments. */
  public Cx() {}

  /**
   * Says on standard error that {@code count} journeys could not be assessed, with what that means for
   * the command's output, and gives the exit code for it: with {@code --allow-failures} the run still
   * says so, and succeeds.
   *
   * @param spec the command's spec, for its error writer
   * @param count the journeys that could not be assessed, more than none
   * @param consequence what follows from it, right after "could not be assessed"
   * @param allowed whether {@code --allow-failures} was given
   * @return {@link #FAILED_JOURNEYS}, or {@link #OK} when {@code allowed}
   */
  static int failedJourneys(
      CommandLine.Model.CommandSpec spec, long count, String consequence, boolean allowed) {
    PrintWriter err = spec.commandLine().getErr();
    if (allowed) {
      err.printf(
          "cx: %,d journey(s) could not be assessed%s; accepted, as --allow-failures was given.%n",
          count, consequence);
    } else {
      err.printf(
          "cx: %,d journey(s) could not be assessed%s. Maybe fix the input or the rule, or pass"
              + " --allow-failures to accept them.%n",
          count, consequence);
    }
    err.flush();
    return allowed ? OK : FAILED_JOURNEYS;
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
    // A warning the library logs (a compile cache it cannot use) reads as a line of cx's own, not
    // as
    // java.util.logging's two lines of date, class and method.
    if (System.getProperty(LOG_FORMAT) == null) {
      System.setProperty(LOG_FORMAT, "cx: %4$s: %5$s%6$s%n");
    }
    CommandLine line = commandLine(args);
    line.setOut(standardOutput());
    System.exit(line.execute(args));
  }

  /**
   * Standard output as picocli would write it (buffered, in the console's encoding), but straight to
   * its file descriptor: {@code System.out} is a {@link java.io.PrintStream}, which keeps a failed write
   * to itself where a writer over it could not see it.
   */
  private static PrintWriter standardOutput() {
    String name = System.getProperty("sun.stdout.encoding");
    Charset charset = Charset.defaultCharset();
    if (name != null) {
      try {
        charset = name.equalsIgnoreCase("cp65001") ? StandardCharsets.UTF_8 : Charset.forName(name);
      } catch (IllegalArgumentException e) {
        // An encoding this JVM does not know: the default, as picocli does.
      }
    }
    return new PrintWriter(
        new BufferedWriter(
            new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), charset)),
        true);
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
    // Registered after the subcommands, so that every one of them reads numbers in plain words.
    // Classes, not method references: with these two as method references, JDK 17.0.15 crashed
    // (SIGSEGV in SystemDictionaryShared::adjust_lambda_proxy_class_dictionary) making cx.jsa at
    // package time, every time.
    WholeNumber wholeNumber = new WholeNumber();
    Count count = new Count();
    line.registerConverter(Integer.class, wholeNumber);
    line.registerConverter(int.class, wholeNumber);
    line.registerConverter(Long.class, count);
    line.registerConverter(long.class, count);
    line.setExecutionStrategy(
        parseResult -> {
          int exit;
          try {
            exit = new CommandLine.RunLast().execute(parseResult);
          } catch (VirtualMachineError e) {
            exit = fatal(e, parseResult);
          }
          return written(ran(parseResult), exit);
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
          return written(cmd, BAD_INPUT);
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

  /** An option's whole number, with the error in plain words rather than Java's type name. */
  private static final class WholeNumber implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      return (int) number(text, Integer.MAX_VALUE);
    }
  }

  /** An option's count or size, with the error in plain words rather than Java's type name. */
  private static final class Count implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String text) {
      return number(text, Long.MAX_VALUE);
    }
  }

  private static long number(String text, long most) {
    try {
      long value = Long.parseLong(text.strip());
      if (Math.abs(value) > most) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      if (text.strip().matches("[-+]?[0-9]+")) {
        throw new CommandLine.TypeConversionException(
            String.format("'%s' is too large: at most %,d. Maybe a smaller number", text, most));
      }
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a whole number. Maybe write it with digits only, such as 6");
    }
  }

  /**
   * Says on standard error, in one line, that the JVM could not go on ({@code OutOfMemoryError},
   * {@code StackOverflowError}, ...), and what to do about it, after flushing what the command wrote so
   * far; gives {@link #BAD_INPUT}, so that it cannot be mistaken for findings.
   */
  private static int fatal(VirtualMachineError e, CommandLine.ParseResult parseResult) {
    CommandLine ran = ran(parseResult);
    ran.getOut().flush();
    PrintWriter err = ran.getErr();
    err.println("cx: " + Printable.escape(fatalMessage(e, matched(parseResult, "--rules"))));
    if (debugging(parseResult)) {
      e.printStackTrace(err);
    }
    err.flush();
    return BAD_INPUT;
  }

  /**
   * What went wrong, without the engine's own advice (which names no command-line option), then what to
   * do about it from the command line.
   */
  static String fatalMessage(VirtualMachineError e, boolean customRules) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int advice = message.indexOf(" Maybe ");
    String what = advice < 0 ? message : message.substring(0, advice);
    String rules =
        customRules ? ", or check the custom rules (--rules) for one that never ends" : "";
    if (e instanceof OutOfMemoryError) {
      return (what.startsWith("out of memory")
              ? what
              : "out of memory" + (what.isEmpty() ? "" : " (" + what + ")") + ": the run stops.")
          + " Maybe give the JVM more heap (java -Xmx4g -jar cx.jar ..., or CX_JAVA_OPTS=-Xmx4g"
          + " with the cx launcher)"
          + rules
          + ".";
    }
    if (e instanceof StackOverflowError) {
      return "the JVM's stack overflowed"
          + (what.isEmpty() ? "" : " (" + what + ")")
          + ": the run stops. Maybe give it a larger stack (java -Xss8m -jar cx.jar ..., or"
          + " CX_JAVA_OPTS=-Xss8m with the cx launcher)"
          + rules
          + ".";
    }
    return "the JVM failed ("
        + e.getClass().getName()
        + (what.isEmpty() ? "" : ": " + what)
        + "): the run stops. Maybe run it again, with --debug for the stack trace to report.";
  }

  /** The command line of the command that ran: the last subcommand parsed, else {@code cx} itself. */
  private static CommandLine ran(CommandLine.ParseResult parseResult) {
    CommandLine ran = parseResult.commandSpec().commandLine();
    for (CommandLine.ParseResult p = parseResult.subcommand(); p != null; p = p.subcommand()) {
      ran = p.commandSpec().commandLine();
    }
    return ran;
  }

  /**
   * Gives {@code exit}, unless the command's output could not be written (a full disk, a closed pipe):
   * a {@link PrintWriter} keeps such errors to itself, so without this the run would end as if all was
   * well. Then it says so on standard error and gives {@link #BAD_INPUT}, whatever the command found.
   */
  private static int written(CommandLine ran, int exit) {
    if (!ran.getOut().checkError()) {
      return exit;
    }
    PrintWriter err = ran.getErr();
    err.println(
        "cx: could not write the output to standard output, so what it holds is incomplete. Maybe"
            + " the disk is full or the pipe was closed: free some space or read the whole output,"
            + " then run it again.");
    err.flush();
    return BAD_INPUT;
  }

  /** Whether {@code option} was given, before or after the subcommand. */
  private static boolean matched(CommandLine.ParseResult parseResult, String option) {
    for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption(option)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code --debug} was given, before or after the subcommand. */
  private static boolean debugging(CommandLine.ParseResult parseResult) {
    return matched(parseResult, "--debug");
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
