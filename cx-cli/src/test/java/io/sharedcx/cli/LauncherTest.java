package io.sharedcx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code cx} launcher (src/main/launcher/cx): it adds the class-data archive beside the jar when there
 * is one (on JDK 25 or newer, the ahead-of-time cache when there is one), and the JVM starts without
 * it, silently, when the archive or cache cannot be used.
 */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("src/main/launcher/cx");

  record Run(int exit, String out, String err) {}

  /** A main class for a small jar the real JVM runs through the launcher. */
  public static final class Hello {
    private Hello() {}

    /**
     * Prints hello.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
      System.out.println("hello " + String.join(" ", args));
    }
  }

  @Test
  void withAnArchiveBesideTheJar_passesIt_elseRunsTheJarAlone(@TempDir Path dir) throws Exception {
    Path home = fakeJava(dir.resolve("jdk"));
    Path bin = install(dir.resolve("cx"));
    Files.writeString(bin.resolve("cx.jar"), "not run: the fake java prints its arguments");

    Run without =
        launch(bin.resolve("cx"), Map.of("JAVA_HOME", home.toString()), "assess", "a b.json");
    assertThat(without.exit()).isZero();
    assertThat(without.out().lines())
        .containsExactly("-jar", bin.resolve("cx.jar").toString(), "assess", "a b.json");

    Files.writeString(bin.resolve("cx.jsa"), "an archive");
    Run with = launch(bin.resolve("cx"), Map.of("JAVA_HOME", home.toString()), "assess", "x.json");
    assertThat(with.out().lines())
        .startsWith("-XX:SharedArchiveFile=" + bin.resolve("cx.jsa"), "-Xshare:auto")
        .endsWith("-jar", bin.resolve("cx.jar").toString(), "assess", "x.json");

    Run optedOut =
        launch(
            bin.resolve("cx"),
            Map.of("JAVA_HOME", home.toString(), "CX_NO_ARCHIVE", "1", "CX_JAVA_OPTS", "-Xmx64m"),
            "standards");
    assertThat(optedOut.out().lines())
        .containsExactly("-Xmx64m", "-jar", bin.resolve("cx.jar").toString(), "standards");
  }

  @Test
  void onJdk25OrNewer_takesTheCacheBesideTheJar_elseTheArchive(@TempDir Path dir) throws Exception {
    Path bin = install(dir.resolve("cx"));
    Files.writeString(bin.resolve("cx.jar"), "not run: the fake java prints its arguments");
    Files.writeString(bin.resolve("cx.jsa"), "an archive");
    Files.writeString(bin.resolve("cx.aot"), "a cache");
    // Made by a training run of the jar, after it.
    Files.setLastModifiedTime(bin.resolve("cx.jar"), FileTime.fromMillis(86_400_000L));
    String jar = bin.resolve("cx.jar").toString();

    Path jdk25 = fakeJava(dir.resolve("jdk25"), "25.0.3");
    Run cached =
        launch(bin.resolve("cx"), Map.of("JAVA_HOME", jdk25.toString()), "assess", "x.json");
    assertThat(cached.exit()).isZero();
    assertThat(cached.out().lines())
        .containsExactly(
            "-XX:AOTCache=" + bin.resolve("cx.aot"),
            "-Xlog:aot=off",
            "-Xlog:cds=off",
            "-jar",
            jar,
            "assess",
            "x.json");

    // A later JDK's version has two digits too; an older one, or one whose home has no release
    // file, gets the archive: JDK 17 refuses to start when given the cache's options.
    Path jdk26 = fakeJava(dir.resolve("jdk26"), "26");
    assertThat(launch(bin.resolve("cx"), Map.of("JAVA_HOME", jdk26.toString()), "x").out())
        .startsWith("-XX:AOTCache=");
    for (Path home :
        List.of(
            fakeJava(dir.resolve("jdk17"), "17.0.15"),
            fakeJava(dir.resolve("jdk8"), "1.8.0_412"),
            fakeJava(dir.resolve("unknown")))) {
      Run archived = launch(bin.resolve("cx"), Map.of("JAVA_HOME", home.toString()), "x");
      assertThat(archived.out().lines())
          .as(home.toString())
          .startsWith("-XX:SharedArchiveFile=" + bin.resolve("cx.jsa"), "-Xshare:auto");
    }

    // No JAVA_HOME: the java on the PATH, found through its link as /usr/bin/java is.
    Path onPath = Files.createDirectories(dir.resolve("path"));
    Files.createSymbolicLink(onPath.resolve("java"), jdk25.resolve("bin/java"));
    Run throughPath =
        launch(bin.resolve("cx"), Map.of("PATH", onPath + ":/usr/bin:/bin"), "standards");
    assertThat(throughPath.out().lines())
        .first()
        .isEqualTo("-XX:AOTCache=" + bin.resolve("cx.aot"));

    Run optedOut =
        launch(
            bin.resolve("cx"),
            Map.of("JAVA_HOME", jdk25.toString(), "CX_NO_ARCHIVE", "1"),
            "standards");
    assertThat(optedOut.out().lines()).containsExactly("-jar", jar, "standards");

    // A jar built again after the cache was made: the cache would run the old jar's classes.
    Files.setLastModifiedTime(
        bin.resolve("cx.jar"), FileTime.fromMillis(System.currentTimeMillis()));
    Files.setLastModifiedTime(bin.resolve("cx.aot"), FileTime.fromMillis(86_400_000L));
    assertThat(launch(bin.resolve("cx"), Map.of("JAVA_HOME", jdk25.toString()), "x").out())
        .startsWith("-XX:SharedArchiveFile=");
  }

  @Test
  void realJdk25OrNewer_usesACacheMadeForTheJar_andSilentlySkipsOneItCannotUse(@TempDir Path dir)
      throws Exception {
    // The project's JDK is 17, which has no such cache: this runs when the tests run on JDK 25 or
    // newer.
    assumeTrue(Runtime.version().feature() >= 25, "an ahead-of-time cache needs JDK 25 or newer");
    Path bin =
        skipsADamagedFileAndUsesATrainedOne(
            dir, "cx.aot", "-XX:AOTCacheOutput=", "shared objects file");

    // The jar built again after the cache was made: JDK 25.0.3 does not notice that a small jar
    // such as this one changed, and would run the class the cache kept. The launcher leaves the
    // cache out.
    Files.setLastModifiedTime(
        bin.resolve("cx.aot"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    helloJar(bin.resolve("cx.jar"));
    assertRanFromTheJar(launch(bin.resolve("cx"), loggingClassLoads(), "stale"), "hello stale");
  }

  @Test
  void throughALink_findsTheJarBesideTheScript(@TempDir Path dir) throws Exception {
    Path home = fakeJava(dir.resolve("jdk"));
    Path bin = install(dir.resolve("cx"));
    Files.writeString(bin.resolve("cx.jar"), "");
    Path onPath = Files.createDirectories(dir.resolve("path"));
    Files.createSymbolicLink(onPath.resolve("cx"), bin.resolve("cx"));

    Run run = launch(onPath.resolve("cx"), Map.of("JAVA_HOME", home.toString()), "--version");
    assertThat(run.out().lines())
        .containsExactly("-jar", bin.toRealPath().resolve("cx.jar").toString(), "--version");
  }

  @Test
  void withoutTheJar_saysWhatIsMissing(@TempDir Path dir) throws Exception {
    Path bin = install(dir.resolve("cx"));

    Run run = launch(bin.resolve("cx"), Map.of(), "--version");
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.err()).contains(bin.resolve("cx.jar") + " is missing");
  }

  @Test
  void realJvm_usesAnArchiveMadeForTheJar_andSilentlySkipsOneItCannotUse(@TempDir Path dir)
      throws Exception {
    Path bin =
        skipsADamagedFileAndUsesATrainedOne(
            dir, "cx.jsa", "-XX:ArchiveClassesAtExit=", "shared objects file \\(top\\)");
    Map<String, String> env = loggingClassLoads();

    // Moved with its jar to another directory: JDK 17 no longer maps it (later JDKs may); cx
    // starts.
    Path moved = install(dir.resolve("moved"));
    Files.copy(bin.resolve("cx.jar"), moved.resolve("cx.jar"));
    Files.copy(bin.resolve("cx.jsa"), moved.resolve("cx.jsa"));
    Run relocated = launch(moved.resolve("cx"), env, "moved");
    assertThat(relocated.exit()).isZero();
    assertThat(relocated.out()).contains("hello moved");
    assertThat(relocated.out() + relocated.err()).doesNotContain("warning");
  }

  /** This JVM as the launcher's JDK, logging where each class comes from. */
  private static Map<String, String> loggingClassLoads() {
    return Map.of("JAVA_HOME", System.getProperty("java.home"), "CX_JAVA_OPTS", "-Xlog:class+load");
  }

  /**
   * Asserts that the run said {@code hello} with the jar's class read from the jar (the JDK's own
   * classes may come from its default archive), and said nothing of an archive or cache it skipped.
   */
  private static void assertRanFromTheJar(Run run, String hello) {
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains(hello)
        .doesNotContainPattern("LauncherTest\\$Hello source: shared objects file");
    assertThat(run.out() + run.err()).doesNotContain("warning").doesNotContain("error");
  }

  /**
   * Launches a one-class jar through the launcher on this JVM, with {@code file} beside it. Not an
   * archive or cache at all, as from a damaged copy, the file is skipped without a word. Made by a
   * training run of the jar with {@code trainingOption} (as the build makes it), the jar's class comes
   * from it: the class-load log says {@code source} for where.
   *
   * @return the launcher's directory, holding the jar and the file made by the training run
   */
  private static Path skipsADamagedFileAndUsesATrainedOne(
      Path dir, String file, String trainingOption, String source) throws Exception {
    Path bin = install(dir.resolve("cx"));
    helloJar(bin.resolve("cx.jar"));
    Map<String, String> env = loggingClassLoads();

    Files.writeString(bin.resolve(file), "damaged");
    assertRanFromTheJar(launch(bin.resolve("cx"), env, "there"), "hello there");

    Files.delete(bin.resolve(file));
    train(trainingOption + bin.resolve(file), bin.resolve("cx.jar"));
    assertThat(bin.resolve(file)).exists();
    Run trained = launch(bin.resolve("cx"), env, "again");
    assertThat(trained.exit()).isZero();
    assertThat(trained.out())
        .contains("hello again")
        .containsPattern("LauncherTest\\$Hello source: " + source);
    return bin;
  }

  /**
   * Runs {@code jar} once on this JVM with {@code option}: a training run that writes an archive or a
   * cache.
   */
  private static void train(String option, Path jar) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process training =
        new ProcessBuilder(java, option, "-jar", jar.toString()).redirectErrorStream(true).start();
    training.getInputStream().readAllBytes();
    assertThat(training.waitFor()).isZero();
  }

  /** A directory holding a copy of the launcher, executable. */
  private static Path install(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path script = dir.resolve("cx");
    Files.copy(LAUNCHER, script);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return dir;
  }

  /** A JAVA_HOME whose java prints each argument on a line of its own; no release file. */
  private static Path fakeJava(Path home) throws IOException {
    Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
  }

  /** The same, with a release file naming {@code version}, as a JDK's home has. */
  private static Path fakeJava(Path home, String version) throws IOException {
    fakeJava(home);
    Files.writeString(
        home.resolve("release"),
        "IMPLEMENTOR=\"Fake\"\nJAVA_VERSION=\""
            + version
            + "\"\nJAVA_VERSION_DATE=\"2026-04-21\"\n");
    return home;
  }

  /** A jar whose main class is {@link Hello}. */
  private static void helloJar(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Hello.class.getName());
    String entry = Hello.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        InputStream in = Hello.class.getClassLoader().getResourceAsStream(entry)) {
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
  }

  private static Run launch(Path script, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(script.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("JAVA_HOME");
    builder.environment().remove("CX_JAVA_OPTS");
    builder.environment().remove("CX_NO_ARCHIVE");
    builder.environment().putAll(env);
    Process process = builder.start();
    byte[] err;
    byte[] out;
    try (InputStream stdout = process.getInputStream();
        InputStream stderr = process.getErrorStream()) {
      out = stdout.readAllBytes();
      err = stderr.readAllBytes();
    }
    int exit = process.waitFor();
    return new Run(
        exit, new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }
}
