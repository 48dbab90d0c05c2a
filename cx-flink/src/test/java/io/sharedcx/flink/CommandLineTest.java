package io.sharedcx.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's command line: a mistake in the arguments or the parties file is one line on standard error,
 * with the usage when the command is written wrong, and exit 2, before any job starts; never a Java
 * stack trace, and never a job that restarts on a file that is not there. A job that fails every time
 * ends, after the restarts {@code --restarts} allows, in one line naming the cause, and exit 2.
 */
class CommandLineTest {
  @TempDir Path dir;
  Path parties;
  Path events;

  @BeforeEach
  void files() throws IOException {
    parties =
        Files.writeString(
            dir.resolve("parties.json"), "{\"brands\": [{\"id\": \"b\", \"name\": \"B\"}]}");
    events = Files.writeString(dir.resolve("events.jsonl"), "");
  }

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        CxFlinkJob.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private String[] with(String... more) {
    String[] base = {"--portfolio", parties.toString(), "--events", events.toString(), "--out"};
    String[] args = new String[base.length + 1 + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    args[base.length] = dir.resolve("out").toString();
    System.arraycopy(more, 0, args, base.length + 1, more.length);
    return args;
  }

  @Test
  void mistakesInTheCommand_areOneLineWithTheUsage_exitTwo() {
    Run none = run();
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err())
        .startsWith("cx-flink: no --portfolio given. Maybe: --portfolio parties.json")
        .contains(CxFlinkJob.USAGE)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(run(with("--paralelism", "2")).err())
        .startsWith("cx-flink: '--paralelism' is not an option. Maybe one of: --portfolio,");
    assertThat(run("--portfolio", parties.toString(), "--events").err())
        .startsWith("cx-flink: --events has no value. Maybe --events events.jsonl");
  }

  @Test
  void valuesThatCannotBeRead_sayWhatWouldDo_exitTwo() {
    assertThat(run(with("--out-of-orderness", "1h")).err())
        .isEqualTo(
            "cx-flink: --out-of-orderness '1h' is not a duration. Maybe an ISO-8601 duration such as"
                + " PT1H"
                + System.lineSeparator());
    assertThat(run(with("--allowed-lateness", "-PT1H")).err())
        .startsWith("cx-flink: --allowed-lateness -PT1H is negative.");
    assertThat(run(with("--periods", "x")).err())
        .startsWith("cx-flink: --periods 'x' is not a whole number. Maybe --periods 6");
    assertThat(run(with("--parallelism", "0")).err())
        .startsWith("cx-flink: --parallelism 0 is out of range: expected 1 to 2,147,483,647.");
    assertThat(run(with("--end", "tomorrow")).err())
        .startsWith("cx-flink: --end 'tomorrow' is not an instant.");
    assertThat(run(with("--window", "P0D")).err())
        .startsWith("cx-flink: window PT0S: must be whole days.");
    assertThat(run(with("--periods", "x")).exit()).isEqualTo(2);
    assertThat(run(with("--restarts", "-1")).err())
        .startsWith("cx-flink: --restarts -1 is out of range: expected 0 to 2,147,483,647.")
        .contains("Maybe --restarts 3");
  }

  /** The job on events from a file system no plug-in serves: it fails however often it restarts. */
  private Run failingJob(String restarts) {
    return run(
        "--portfolio",
        parties.toString(),
        "--events",
        "nosuch://bucket/events.jsonl",
        "--out",
        dir.resolve("out").toString(),
        "--restarts",
        restarts);
  }

  @Test
  void aJobThatFailsEveryTime_isOneLineSayingHowOftenItWasRestarted_exitTwo() {
    Run failed = failingJob("1");
    assertThat(failed.exit()).isEqualTo(2);
    assertThat(failed.err())
        .startsWith(
            "cx-flink: the job failed, and again after 1 restart from its last checkpoint:"
                + " UnsupportedFileSystemSchemeException: Could not find a file system implementation"
                + " for scheme 'nosuch'.")
        .endsWith(
            ". What the job committed before stays in the output directory"
                + System.lineSeparator())
        .doesNotContain("\tat ");
    assertThat(failed.out()).isEmpty();
    Run noRestart = failingJob("0");
    assertThat(noRestart.exit()).isEqualTo(2);
    assertThat(noRestart.err())
        .startsWith(
            "cx-flink: the job failed: UnsupportedFileSystemSchemeException: Could not find");
  }

  @Test
  void filesThatAreNotThere_orPartiesWithJourneys_areRefusedBeforeTheJobStarts()
      throws IOException {
    Run missing =
        run(
            "--portfolio",
            parties.toString(),
            "--events",
            dir.resolve("nope.jsonl").toString(),
            "--out",
            dir.resolve("out").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err())
        .isEqualTo(
            "cx-flink: --events "
                + dir.resolve("nope.jsonl")
                + ": no such file. Maybe check the path"
                + System.lineSeparator());
    assertThat(
            run(
                    "--portfolio",
                    dir.resolve("none.json").toString(),
                    "--events",
                    events.toString(),
                    "--out",
                    dir.toString())
                .err())
        .contains("--portfolio " + dir.resolve("none.json") + ": no such file.");
    Files.writeString(parties, "{\"brands\": [{\"id\": \"b\", \"name\": 7}]}");
    assertThat(run(with()).err()).startsWith("cx-flink: " + parties + ":1:");
    assertThat(Files.exists(dir.resolve("out"))).isFalse();
  }
}
