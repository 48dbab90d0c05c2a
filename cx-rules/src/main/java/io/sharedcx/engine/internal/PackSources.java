package io.sharedcx.engine.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The default pack's DRL sources, read from the cx-rules jar or classes folder, by resource name. */
public final class PackSources {
  private PackSources() {}

  /** Every {@code io/sharedcx/rules/**.drl} on the class path of {@code loader}, by resource name. */
  public static Map<String, String> drl(ClassLoader loader) {
    Map<String, String> drl = new TreeMap<>();
    try {
      for (URL root : Collections.list(loader.getResources("io/sharedcx/rules"))) {
        read(root, drl);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (drl.isEmpty()) {
      throw new IllegalStateException(
          "no io/sharedcx/rules/**.drl on the class path: is cx-rules a dependency?");
    }
    return drl;
  }

  private static void read(URL root, Map<String, String> drl) {
    try {
      Path dir;
      if ("jar".equals(root.getProtocol())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(root.toURI(), Collections.emptyMap());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(root.toURI());
        }
        dir = fs.getPath("/io/sharedcx/rules");
      } else {
        dir = Path.of(root.toURI());
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file :
            (Iterable<Path>) files.filter(f -> f.toString().endsWith(".drl"))::iterator) {
          String name = "io/sharedcx/rules/" + dir.relativize(file).toString().replace('\\', '/');
          drl.putIfAbsent(name, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
