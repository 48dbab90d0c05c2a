package io.sharedcx.model.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.sharedcx.model.Brand;
import io.sharedcx.model.Channel;
import io.sharedcx.model.ModelException;
import io.sharedcx.model.Offer;
import io.sharedcx.model.OrderLine;
import io.sharedcx.model.StockCheck;
import io.sharedcx.model.Term;
import io.sharedcx.model.json.CxJson;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Builders either reject input with the model's own exception or yield a value that keeps the
 * invariants, and every value they yield round-trips through JSON (QuickTheories, 1,000 examples each).
 */
class BuilderSoundnessTest {
  static final int EXAMPLES = 1_000;
  static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void orderLine_acceptsOnlyPositiveQuantitiesAndValidIds() {
    qt().withExamples(EXAMPLES)
        .forAll(strings().allPossible().ofLengthBetween(0, 20), integers().all())
        .checkAssert(
            (product, quantity) -> {
              try {
                OrderLine line = OrderLine.of(product, quantity);
                assertThat(line.quantity()).isPositive();
                assertThat(line.product()).matches("[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}");
                assertThat(CxJson.read(CxJson.write(line), "line", OrderLine.class))
                    .isEqualTo(line);
              } catch (ModelException e) {
                assertThat(e.getMessage()).startsWith("OrderLine.");
              }
            });
  }

  @Test
  void brand_acceptsOnlyValidIdsAndNonBlankNames() {
    qt().withExamples(EXAMPLES)
        .forAll(
            strings().ascii().ofLengthBetween(0, 12),
            strings().allPossible().ofLengthBetween(0, 12))
        .checkAssert(
            (id, name) -> {
              try {
                Brand brand = Brand.builder().id(id).name(name).build();
                assertThat(brand.name()).isNotBlank();
                assertThat(CxJson.read(CxJson.write(brand), "brand", Brand.class)).isEqualTo(brand);
              } catch (ModelException e) {
                assertThat(e.field()).isIn("id", "name");
              }
            });
  }

  @Test
  void offerAndStock_rejectNegativePricesAndQuantities() {
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(-1_000_000, 1_000_000), integers().between(-50, 50))
        .checkAssert(
            (cents, available) -> {
              try {
                Offer offer =
                    Offer.builder()
                        .id("o")
                        .at(T)
                        .channel(Channel.WEB)
                        .party("p")
                        .seller("p")
                        .product("sku")
                        .price(BigDecimal.valueOf(cents, 2))
                        .build();
                assertThat(offer.price().signum()).isNotNegative();
              } catch (ModelException e) {
                assertThat(cents).isNegative();
                assertThat(e.field()).isEqualTo("price");
              }
              try {
                StockCheck check =
                    StockCheck.builder()
                        .id("s")
                        .at(T)
                        .channel(Channel.STORE)
                        .party("p")
                        .product("sku")
                        .available(available)
                        .build();
                assertThat(check.available()).isNotNegative();
              } catch (ModelException e) {
                assertThat(available).isNegative();
              }
            });
  }

  @Test
  void term_rejectsNegativeValues() {
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(-10_000, 10_000))
        .checkAssert(
            value -> {
              try {
                Term term = Term.agreed("S", "k", value / 100.0, "source");
                assertThat(term.asDouble()).isNotNegative();
              } catch (ModelException e) {
                assertThat(value).isNegative();
              }
            });
  }
}
