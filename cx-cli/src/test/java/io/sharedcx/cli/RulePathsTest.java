package io.sharedcx.cli;

import static io.sharedcx.cli.CxTest.cx;
import static io.sharedcx.cli.CxTest.path;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.cli.CxTest.Run;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules paths that would add no rule ({@code cx check PATH}, {@code --rules PATH}) are errors naming the
 * path and what is expected, never left out in silence; what is read but looks wrong is a warning.
 */
class RulePathsTest {
  @BeforeAll
  static void resources() throws URISyntaxException {
    CxTest.resources();
  }

  /** {@return a copy of the gift standard's rules at {@code name} in {@code dir}} */
  static Path giftRulesAs(Path dir, String name) throws IOException {
    return Files.copy(Path.of(path("gift-standard/gift-note.drl")), dir.resolve(name));
  }

  @Test
  void check_aPortfolioFile_isAnError_namingItAndWhatIsExpected() {
    Run run = cx("check", path("gift-portfolio.json"));
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.out()).doesNotContain("ok:");
    assertThat(run.err())
        .startsWith("cx: " + path("gift-portfolio.json") + " is not a DRL file:")
        .contains("files named *.drl")
        .contains("Maybe give a .drl file or a directory of them");
  }

  @Test
  void check_anUpperCaseExtension_isAnError_namingTheFileToRenameItTo(@TempDir Path dir)
      throws IOException {
    Path upper = giftRulesAs(dir, "gift.DRL");
    Run run = cx("check", upper.toString());
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.err())
        .contains(upper + " is not a DRL file")
        .contains("Maybe rename it to gift.drl: the extension is read in lower case only");
  }

  @Test
  void check_aDrlWithAnotherExtensionAfterIt_isAnError(@TempDir Path dir) throws IOException {
    Path txt = giftRulesAs(dir, "gift.drl.txt");
    Run run = cx("check", txt.toString());
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.err())
        .contains(txt + " is not a DRL file")
        .contains("Maybe rename it to gift.drl");
  }

  @Test
  void check_aDefaultsFileOnItsOwn_isAnError_pointingToItsDirectory() {
    Run run = cx("check", path("gift-standard/ACME-GIFT-NOTE.json"));
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.err())
        .contains("ACME-GIFT-NOTE.json is not a DRL file")
        .contains("Maybe give the directory that holds it");
  }

  @Test
  void check_aDirectoryWithNoDrl_isAnError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "rules to come");
    Run run = cx("check", dir.toString());
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.out()).doesNotContain("ok:");
    assertThat(run.err())
        .contains(dir + " is a directory with no .drl file under it, so it adds no rule.")
        .contains("Maybe");
  }

  @Test
  void check_aDirectoryWithOnlyUpperCaseDrl_isAnError_namingTheFileToRename(@TempDir Path dir)
      throws IOException {
    giftRulesAs(dir, "gift.DRL");
    Run run = cx("check", dir.toString());
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.err())
        .contains("no .drl file under it")
        .contains("Maybe rename " + dir.resolve("gift.DRL") + " to " + dir.resolve("gift.drl"));
  }

  @Test
  void check_anUpperCaseDrlBesideLowerCaseOnes_isAWarning_andTheDefaultsFileNone(@TempDir Path dir)
      throws IOException {
    giftRulesAs(dir, "gift.drl");
    Files.copy(
        Path.of(path("gift-standard/ACME-GIFT-NOTE.json")), dir.resolve("ACME-GIFT-NOTE.json"));
    giftRulesAs(dir, "other.Drl");
    Run run = cx("check", dir.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("ok: 29 standards");
    assertThat(run.err())
        .isEqualTo(
            "warning: "
                + dir.resolve("other.Drl")
                + " is not read: rules files are named *.drl, in lower case. Maybe rename it to"
                + " other.drl"
                + System.lineSeparator());
  }

  @Test
  void check_anEmptyDrl_warnsOnStandardError(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.drl"), "// rules to come\n");
    Run run = cx("check", empty.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err())
        .startsWith("warning: " + empty + " holds no rule, so it adds none. Maybe");
  }

  @Test
  void assess_rulesWithAnUpperCaseExtension_isAnError_notARunWithoutThem(@TempDir Path dir)
      throws IOException {
    Path upper = giftRulesAs(dir, "gift.DRL");
    Run run = cx("assess", path("gift-portfolio.json"), "--rules", upper.toString());
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("cx: --rules " + upper + " is not a DRL file")
        .contains("Maybe rename it to gift.drl");
  }

  @Test
  void test_rulesOfADirectoryWithNoDrl_isOneError_notAnErrorPerScenario(@TempDir Path dir) {
    Run run = cx("test", path("gift-standard"), "--rules", dir.toString());
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly(
            "cx: --rules "
                + dir
                + " is a directory with no .drl file under it, so it adds no rule. Maybe give the"
                + " directory that holds the rules.");
  }
}
