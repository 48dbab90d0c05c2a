package io.sharedcx.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.drools.model.codegen.ExecutableModelProject;
import org.jspecify.annotations.Nullable;

/**
 * Compiled custom rules kept on disk between runs, one file per key. The key is a SHA-256 of the SharedCX
 * version (and the jar it runs from), the Drools version, the pack's fingerprint and every DRL source built
 * (name and text): any change to one of them is another key, so an entry is never used for other rules.
 *
 * <p>An entry that cannot be read (truncated, altered, of another format, or whose classes no longer load)
 * is ignored with one warning, deleted and built again. Entries are written to a temporary file in the
 * same directory and moved into place atomically, so runs at the same time never see half an entry; two
 * runs that build the same rules both write it, and the last move wins with the same content. When the
 * directory cannot be written the run goes on without the cache, with one warning.
 */
public final class CompileCache {
  private static final System.Logger LOG = System.getLogger("io.sharedcx.engine");
  private static final String PREFIX = "drl-";
  private static final String SUFFIX = ".compiled";

  private final Path directory;
  private final Consumer<String> warnings;

  /**
   * A cache in {@code directory} (created when first written), warning through the
   * {@code io.sharedcx.engine} system logger.
   */
  public CompileCache(Path directory) {
    this(directory, message -> LOG.log(System.Logger.Level.WARNING, message));
  }

  CompileCache(Path directory, Consumer<String> warnings) {
    this.directory = directory;
    this.warnings = warnings;
  }

  /** The directory the entries are in. */
  public Path directory() {
    return directory;
  }

  /** The key of building {@code built} against a pack of fingerprint {@code pack}. */
  static String key(String pack, List<DrlCompiler.Source> built) {
    StringBuilder text = new StringBuilder();
    text.append("sharedcx=").append(Versions.SHAREDCX).append('\n');
    text.append("drools=").append(Versions.DROOLS).append('\n');
    text.append("pack=").append(pack).append('\n');
    for (DrlCompiler.Source s : built) {
      text.append("source=").append(s.name().length()).append(':').append(s.name());
      text.append(s.text().length()).append(':').append(s.text()).append('\n');
    }
    return hash(text.toString());
  }

  /** A hex SHA-256 of {@code text}. */
  static String hash(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return HexFormat.of().formatHex(CompiledRules.sha256(bytes, bytes.length));
  }

  Path entry(String key) {
    return directory.resolve(PREFIX + key + SUFFIX);
  }

  /** The entry of {@code key}, or null when there is none or it cannot be read (then it is deleted). */
  @Nullable CompiledRules read(String key) {
    Path file = entry(key);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    byte[] all;
    try {
      all = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      warnings.accept(
          "cannot read compiled rules " + file + " (" + reason(e) + "); compiling the rules");
      return null;
    }
    byte[] header = (key + "\n").getBytes(StandardCharsets.US_ASCII);
    try {
      if (all.length < header.length || !Arrays.equals(Arrays.copyOf(all, header.length), header)) {
        throw new IOException("written for another key");
      }
      return CompiledRules.read(Arrays.copyOfRange(all, header.length, all.length));
    } catch (IOException e) {
      discard(key, e.getMessage());
      return null;
    }
  }

  /** Deletes the entry of {@code key}, with one warning saying why. */
  void discard(String key, String why) {
    Path file = entry(key);
    warnings.accept(
        "ignoring the compiled-rules cache entry "
            + file
            + " ("
            + why
            + "); compiling the rules again and replacing it");
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // the new entry's atomic move replaces it
    }
  }

  /** Stores {@code rules} as the entry of {@code key}: a temporary file, then an atomic move. */
  void write(String key, CompiledRules rules) {
    Path temporary = null;
    try {
      Files.createDirectories(directory);
      temporary = Files.createTempFile(directory, PREFIX, ".tmp");
      byte[] header = (key + "\n").getBytes(StandardCharsets.US_ASCII);
      byte[] body = rules.write();
      byte[] all = Arrays.copyOf(header, header.length + body.length);
      System.arraycopy(body, 0, all, header.length, body.length);
      Files.write(temporary, all);
      try {
        Files.move(
            temporary,
            entry(key),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, entry(key), StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException | UnsupportedOperationException e) {
      warnings.accept(
          "cannot write compiled rules to "
              + directory
              + " ("
              + reason(e)
              + "); the next run compiles again");
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // left for the next run to overwrite
        }
      }
    }
  }

  /** The versions that make a compiled entry: SharedCX's and Drools'. */
  static final class Versions {
    static final String SHAREDCX = sharedcx();
    static final String DROOLS =
        version(ExecutableModelProject.class, "org.drools", "drools-model-codegen");

    private Versions() {}

    private static String sharedcx() {
      String version = version(CompileCache.class, "io.sharedcx", "cx-rules");
      // A snapshot is rebuilt under the same version: the jar's size and time tell builds apart.
      try {
        var source = CompileCache.class.getProtectionDomain().getCodeSource();
        if (source != null) {
          Path jar = Path.of(source.getLocation().toURI());
          version += "@" + Files.size(jar) + "/" + Files.getLastModifiedTime(jar).toMillis();
        }
      } catch (Exception e) {
        version += "@unknown";
      }
      return version;
    }

    private static String version(Class<?> type, String group, String artifact) {
      String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
      try (InputStream in = type.getResourceAsStream(resource)) {
        if (in != null) {
          Properties properties = new Properties();
          properties.load(in);
          String version = properties.getProperty("version");
          if (version != null) {
            return version;
          }
        }
      } catch (IOException e) {
        // fall through
      }
      String implementation = type.getPackage().getImplementationVersion();
      return implementation != null ? implementation : "unknown";
    }
  }

  /** Why a file operation failed, in plain words ("Not a directory"), not the exception's name. */
  static String reason(Exception e) {
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "a file of that name is in the way, not a directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? "it failed" : e.getMessage();
  }
}
