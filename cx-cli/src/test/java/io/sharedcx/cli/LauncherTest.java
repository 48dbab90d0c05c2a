package io.sharedcx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * is one, and the JVM starts without it, silently, when the archive cannot be used.
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
    Path bin = install(dir.resolve("cx"));
    helloJar(bin.resolve("cx.jar"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Map<String, String> env =
        Map.of("JAVA_HOME", System.getProperty("java.home"), "CX_JAVA_OPTS", "-Xlog:class+load");

    // Not an archive at all, as from a damaged copy: the JVM starts without it and says nothing.
    Files.writeString(bin.resolve("cx.jsa"), "not an archive");
    Run garbage = launch(bin.resolve("cx"), env, "there");
    assertThat(garbage.exit()).isZero();
    assertThat(garbage.out()).contains("hello there").doesNotContain("shared objects file (top)");
    assertThat(garbage.out() + garbage.err()).doesNotContain("warning").doesNotContain("error");

    // Made by a training run of this jar, as the build makes cx.jsa: the jar's classes come from
    // it.
    Files.delete(bin.resolve("cx.jsa"));
    Process training =
        new ProcessBuilder(
                java,
                "-XX:ArchiveClassesAtExit=" + bin.resolve("cx.jsa"),
                "-jar",
                bin.resolve("cx.jar").toString())
            .redirectErrorStream(true)
            .start();
    training.getInputStream().readAllBytes();
    assertThat(training.waitFor()).isZero();
    assertThat(bin.resolve("cx.jsa")).exists();
    Run archived = launch(bin.resolve("cx"), env, "again");
    assertThat(archived.exit()).isZero();
    assertThat(archived.out())
        .contains("hello again")
        .containsPattern("LauncherTest\\$Hello source: shared objects file \\(top\\)");

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

  /** A directory holding a copy of the launcher, executable. */
  private static Path install(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path script = dir.resolve("cx");
    Files.copy(LAUNCHER, script);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return dir;
  }

  /** A JAVA_HOME whose java prints each argument on a line of its own. */
  private static Path fakeJava(Path home) throws IOException {
    Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
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
