package io.sharedcx.rules.access;

import static io.sharedcx.rules.Given.at;
import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.order;
import static io.sharedcx.rules.Given.pickup;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.agreed;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.cancelled;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Fulfilment;
import io.sharedcx.model.Order;
import io.sharedcx.model.OrderStatus;
import io.sharedcx.model.PickupOutcome;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import org.junit.jupiter.api.Test;

class PickupReadySlaTest {
  static final String ID = "ACCESS-PICKUP-READY-SLA";

  /** An order sold on the retailer's site, collected at one of its stores. */
  static Order.Builder pickupAtStore(String id, double hours) {
    return order(id, "site", hours).fulfilment(Fulfilment.PICKUP).pickupStore("store");
  }

  @Test
  void readyAfterThePromisedTime_isTheStoresViolation_andTheSellerTellsTheCustomer() {
    Assessment a =
        journey()
            .with(
                pickupAtStore("o1", 0).promisedBy(at(4)).build(),
                pickup("p1", "o1", "store", PickupOutcome.FULFILLED, 8).readyAt(at(6)).build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.standard()).isEqualTo(ID);
              assertThat(v.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(v.responsibleParty()).isEqualTo("store");
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("p1", "o1");
              assertThat(a.recommendationsFor(v))
                  .singleElement()
                  .satisfies(
                      r -> {
                        assertThat(r.owner()).isEqualTo("site");
                        assertThat(r.accountableParty()).isEqualTo("store");
                        assertThat(r.action()).contains("pick queue");
                        assertThat(r.dueBy()).isEqualTo(v.at().plusSeconds(72 * 3600));
                      });
            });
  }

  @Test
  void readyInTime_isSilent() {
    Assessment a =
        journey()
            .with(
                pickupAtStore("o1", 0).promisedBy(at(4)).build(),
                pickup("p1", "o1", "store", PickupOutcome.FULFILLED, 8).readyAt(at(3)).build())
            .assess(ID);
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void noPromisedTime_isDueNextDay_unlessTheAgreementSaysSooner() {
    var readyAt20Hours =
        journey()
            .with(
                pickupAtStore("o1", 0).build(),
                pickup("p1", "o1", "store", PickupOutcome.FULFILLED, 30).readyAt(at(20)).build());
    assertThat(readyAt20Hours.assess(ID).violations()).isEmpty();

    Assessment readyAt26Hours =
        journey()
            .with(
                pickupAtStore("o1", 0).build(),
                pickup("p1", "o1", "store", PickupOutcome.FULFILLED, 30).readyAt(at(26)).build())
            .assess(ID);
    assertThat(readyAt26Hours.violations())
        .extracting(Violation::responsibleParty)
        .containsExactly("store");

    Assessment sameDay =
        journey()
            .agreement("store", agreed(ID, "defaultReadyHours", 12))
            .with(
                pickupAtStore("o1", 0).build(),
                pickup("p1", "o1", "store", PickupOutcome.FULFILLED, 30).readyAt(at(20)).build())
            .assess(ID);
    assertThat(sameDay.violations())
        .extracting(Violation::responsibleParty)
        .containsExactly("store");
  }

  @Test
  void noReadyTime_theFirstReadyMessageCounts() {
    Assessment late =
        journey()
            .with(
                pickupAtStore("o1", 0).promisedBy(at(4)).build(),
                status("u1", "o1", "store", OrderStatus.READY_FOR_PICKUP, 9),
                status("u2", "o1", "store", OrderStatus.READY_FOR_PICKUP, 12))
            .assess(ID);
    assertThat(late.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo("Pickup ready message after the promised time");
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("u1", "o1");
            });
    Assessment inTime =
        journey()
            .with(
                pickupAtStore("o1", 0).promisedBy(at(4)).build(),
                status("u1", "o1", "store", OrderStatus.READY_FOR_PICKUP, 3),
                status("u2", "o1", "store", OrderStatus.READY_FOR_PICKUP, 12))
            .assess(ID);
    assertThat(inTime.violations()).isEmpty();
  }

  @Test
  void neverReportedReadyAfterItWasDue_isTheStoresViolation() {
    Assessment a =
        journey().with(pickupAtStore("o1", 0).promisedBy(at(4)).build()).observedAt(30).assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("store");
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("o1");
              assertThat(v.message()).contains("had not been reported ready");
            });
  }

  @Test
  void notYetDue_orCancelled_isSilent() {
    assertThat(
            journey()
                .with(pickupAtStore("o1", 0).promisedBy(at(4)).build())
                .observedAt(3)
                .assess(ID)
                .violations())
        .isEmpty();
    assertThat(
            journey()
                .with(
                    pickupAtStore("o1", 0).promisedBy(at(4)).build(),
                    cancelled("c1", "o1", "site", 2))
                .observedAt(30)
                .assess(ID)
                .violations())
        .isEmpty();
  }
}
