package io.sharedcx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.sharedcx.model.api.PublicApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's public surface: the two packages its module descriptor exports (embedders' and rule
 * authors'), free of generated types, listed in {@code cx-rules/api/cx-rules.api}; and no other module
 * reaching into the internal package.
 */
class PublicApiTest {
  private static final PublicApi API = PublicApi.of(CxEngine.class);

  @Test
  void moduleDescriptor_exportsTheEngineAndAuthoringPackagesOnly() {
    assertThat(API.moduleName()).isEqualTo("io.sharedcx.rules");
    assertThat(API.exportedPackages())
        .containsExactly("io.sharedcx.authoring", "io.sharedcx.engine");
  }

  @Test
  void publicSurface_namesNoGeneratedImmutableType() {
    assertThat(API.types()).contains(CxEngine.class, CxEngine.Builder.class);
    assertThat(API.immutableLeaks())
        .as("generated Immutable* types in the public surface")
        .isEmpty();
  }

  @Test
  void listing_matchesTheCheckedInFile() {
    String problem = API.compareWith(Path.of("api/cx-rules.api"), "cx-rules");
    if (problem != null) {
      fail(problem);
    }
  }

  @Test
  void internalPackage_isImportedByNoOtherModule() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> offenders;
    try (Stream<Path> files = Files.walk(root)) {
      offenders =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !root.relativize(f).startsWith("cx-rules"))
              .filter(f -> !root.relativize(f).toString().contains("/target/"))
              .filter(f -> read(f).contains("io.sharedcx.engine.internal"))
              .map(f -> root.relativize(f).toString())
              .toList();
    }
    assertThat(root.resolve("cx-rules")).isDirectory();
    assertThat(offenders)
        .as("sources outside cx-rules that name io.sharedcx.engine.internal")
        .isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
