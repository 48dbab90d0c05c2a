package io.sharedcx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line main runs: with only the subcommand given, it runs that one as the full one does. */
class CxLeanTest {
  private static final String[] ALL = {
    "standards", "check", "test", "assess", "window", "report", "adjudicate"
  };

  private static CxTest.Run run(CommandLine line, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int exit = line.execute(args);
    return new CxTest.Run(exit, out.toString(), err.toString());
  }

  @Test
  void givenASubcommand_readsOnlyIt_elseEveryOne() {
    assertThat(Cx.commandLine("assess", "x.json").getSubcommands().keySet())
        .containsExactly("assess");
    assertThat(Cx.commandLine("--debug", "assess").getSubcommands().keySet()).containsExactly(ALL);
    assertThat(Cx.commandLine("asses").getSubcommands().keySet()).containsExactly(ALL);
    assertThat(Cx.commandLine().getSubcommands().keySet()).containsExactly(ALL);
  }

  @Test
  void withOnlyTheSubcommand_runsAsWithEveryOne() throws Exception {
    CxTest.resources();
    String[][] cases = {
      {"assess", CxTest.path("gift-portfolio.json"), "--rules", CxTest.path("gift-standard")},
      {"assess", CxTest.path("gift-portfolio.json"), "--format", "jsonl", "--fail-on", "LOW"},
      {"assess", CxTest.path("no-such.json"), "--debug"},
      {"assess", "--no-such-option"},
      {"standards"}
    };
    for (String[] args : cases) {
      CxTest.Run lean = run(Cx.commandLine(args), args);
      CxTest.Run full = run(Cx.commandLine(), args);
      assertThat(lean.exit()).as(String.join(" ", args)).isEqualTo(full.exit());
      assertThat(lean.out()).as(String.join(" ", args)).isEqualTo(full.out());
      assertThat(lean.err().replaceAll("\tat .*", ""))
          .as(String.join(" ", args))
          .isEqualTo(full.err().replaceAll("\tat .*", ""));
    }
    assertThat(
            run(
                    Cx.commandLine("assess", "x.json", "--debug"),
                    "assess",
                    CxTest.path("no-such.json"),
                    "--debug")
                .err())
        .contains("\tat ");
  }
}
