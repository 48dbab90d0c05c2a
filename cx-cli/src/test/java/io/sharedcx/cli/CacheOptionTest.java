package io.sharedcx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheOptionTest {
  private static Properties home(String... more) {
    Properties p = new Properties();
    p.setProperty("user.home", "/home/author");
    for (int i = 0; i < more.length; i += 2) {
      p.setProperty(more[i], more[i + 1]);
    }
    return p;
  }

  @Test
  void theCache_defaultsToTheHomeDirectory() {
    assertThat(CacheOption.directory(null, home(), Map.of()))
        .isEqualTo(Path.of("/home/author/.cache/sharedcx"));
  }

  @Test
  void theOption_winsOverTheProperty_whichWinsOverTheEnvironment() {
    Map<String, String> env = Map.of(CacheOption.VARIABLE, "/env");
    assertThat(CacheOption.directory(null, home(), env)).isEqualTo(Path.of("/env"));
    assertThat(CacheOption.directory(null, home(CacheOption.PROPERTY, "/prop"), env))
        .isEqualTo(Path.of("/prop"));
    assertThat(CacheOption.directory("/opt", home(CacheOption.PROPERTY, "/prop"), env))
        .isEqualTo(Path.of("/opt"));
  }

  @Test
  void off_turnsTheCacheOff_fromAnyPlace() {
    assertThat(CacheOption.directory("off", home(), Map.of())).isNull();
    assertThat(CacheOption.directory(null, home(CacheOption.PROPERTY, "OFF"), Map.of())).isNull();
    assertThat(CacheOption.directory(null, home(), Map.of(CacheOption.VARIABLE, "off"))).isNull();
  }

  @Test
  void check_writesTheCompiledRules_toTheCacheDirectory(@TempDir Path dir) throws Exception {
    CxTest.resources();
    CxTest.Run run =
        CxTest.cx("check", "--cache-dir", dir.toString(), CxTest.path("gift-standard"));
    assertThat(run.exit()).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .singleElement()
          .asString()
          .startsWith("drl-")
          .endsWith(".compiled");
    }
  }

  @Test
  void aCacheThatCannotBeWritten_isOneWarningOfCxsOwn(@TempDir Path dir) throws Exception {
    CxTest.resources();
    Path inTheWay = Files.writeString(dir.resolve("cache"), "a file, not a directory");
    CxTest.Run run =
        CxTest.inItsOwnJvm(
            ProcessBuilder.Redirect.DISCARD,
            120,
            "check",
            "--cache-dir",
            inTheWay.toString(),
            CxTest.path("gift-standard"));
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err().lines())
        .containsExactly(
            "cx: WARNING: cannot write compiled rules to "
                + inTheWay
                + " (a file of that name is in the way, not a directory); the next run compiles"
                + " again");
  }
}
