package io.sharedcx.rules.access;

import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.order;
import static io.sharedcx.rules.Given.pickup;
import static io.sharedcx.rules.Given.pickupOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.PickupOutcome;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PickupStockHonoredTest {
  static final String ID = "ACCESS-PICKUP-STOCK-HONORED";

  @ParameterizedTest
  @EnumSource(
      value = PickupOutcome.class,
      names = {"PARTIAL", "SUBSTITUTED", "CANCELLED_OUT_OF_STOCK"})
  void pickupNotHandedOver_isTheStoresViolation(PickupOutcome outcome) {
    Assessment a =
        journey()
            .with(
                pickupOrder("o1", "store", 0).build(),
                pickup("p1", "o1", "store", outcome, 4).build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("store");
              assertThat(v.severity()).isEqualTo(Severity.HIGH);
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("p1", "o1");
              assertThat(v.message()).contains(outcome.name());
            });
    assertThat(a.recommendations())
        .singleElement()
        .satisfies(r -> assertThat(r.accountableParty()).isEqualTo("store"));
  }

  @ParameterizedTest
  @EnumSource(
      value = PickupOutcome.class,
      names = {"FULFILLED", "CANCELLED_BY_CUSTOMER"})
  void pickupHandedOverOrCustomerCancelled_isSilent(PickupOutcome outcome) {
    Assessment a =
        journey()
            .with(
                pickupOrder("o1", "store", 0).build(),
                pickup("p1", "o1", "store", outcome, 4).build())
            .assess(ID);
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void deliveryOrder_isNotAPickupPromise() {
    Assessment a =
        journey()
            .with(
                order("o1", "store", 0).build(),
                pickup("p1", "o1", "store", PickupOutcome.CANCELLED_OUT_OF_STOCK, 4).build())
            .assess(ID);
    assertThat(a.violations()).isEmpty();
  }
}
