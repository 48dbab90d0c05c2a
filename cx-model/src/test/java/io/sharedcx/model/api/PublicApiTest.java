package io.sharedcx.model.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Shipment;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's public surface is what its module descriptor exports, free of generated types, and listed. */
class PublicApiTest {
  private static final PublicApi API = PublicApi.of(Portfolio.class);

  @Test
  void moduleDescriptor_exportsTheModelPackagesOnly() {
    assertThat(API.moduleName()).isEqualTo("io.sharedcx.model");
    assertThat(API.exportedPackages())
        .containsExactly(
            "io.sharedcx.model", "io.sharedcx.model.finding", "io.sharedcx.model.json");
  }

  @Test
  void publicSurface_namesNoGeneratedImmutableType() {
    assertThat(API.types()).contains(Shipment.class, Shipment.Builder.class);
    assertThat(API.immutableLeaks())
        .as("generated Immutable* types in the public surface")
        .isEmpty();
  }

  @Test
  void builder_isTheNestedOneAndItsSettersChain() throws Exception {
    assertThat(Shipment.class.getMethod("builder").getReturnType())
        .isEqualTo(Shipment.Builder.class);
    assertThat(Shipment.Builder.class.getMethod("order", String.class).getReturnType())
        .isEqualTo(Shipment.Builder.class);
    assertThat(Shipment.Builder.class.getMethod("build").getReturnType()).isEqualTo(Shipment.class);
  }

  @Test
  void immutableLeaks_nameEveryMemberThatShowsAGeneratedType() {
    PublicApi leaky =
        PublicApi.ofTypes(
            ModuleDescriptor.newModule("sample").build(),
            List.of(LeakySample.class, ImmutableSample.class));

    assertThat(leaky.immutableLeaks())
        .containsExactlyInAnyOrder(
            "io.sharedcx.model.api.LeakySample#samples() returns io.sharedcx.model.api.ImmutableSample",
            "io.sharedcx.model.api.LeakySample#take(io.sharedcx.model.api.ImmutableSample) takes "
                + "io.sharedcx.model.api.ImmutableSample",
            "io.sharedcx.model.api.LeakySample.field field io.sharedcx.model.api.ImmutableSample",
            "io.sharedcx.model.api.ImmutableSample is a public generated type");
  }

  @Test
  void listing_matchesTheCheckedInFile() {
    String problem = API.compareWith(Path.of("api/cx-model.api"), "cx-model");
    if (problem != null) {
      fail(problem);
    }
  }
}
