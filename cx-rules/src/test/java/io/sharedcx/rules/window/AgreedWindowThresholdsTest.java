package io.sharedcx.rules.window;

import static io.sharedcx.rules.Given.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Agreement;
import io.sharedcx.model.CancelReason;
import io.sharedcx.model.Cancellation;
import io.sharedcx.model.CancelledBy;
import io.sharedcx.model.Channel;
import io.sharedcx.model.Delivery;
import io.sharedcx.model.PickupOutcome;
import io.sharedcx.model.Provenance;
import io.sharedcx.model.PurchaseOrder;
import io.sharedcx.model.ServiceAction;
import io.sharedcx.model.ServiceContact;
import io.sharedcx.model.Term;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.MetricStatus;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.finding.WindowAssessment;
import io.sharedcx.rules.Given;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * One test per window standard: the same data judged under the pack's defaults and under a partner's
 * agreement; the agreed threshold (a target, a grace period, a closing time) changes the window metric.
 */
class AgreedWindowThresholdsTest {
  static final Window WINDOW = Window.of(at(-1), at(24 * 40));
  static final CxEngine ENGINE = CxEngine.builder().build();

  static MetricResult metric(Given given, String standard, String party) {
    return metric(ENGINE.assessWindow(given.portfolio(), WINDOW), standard, party);
  }

  static MetricResult metric(WindowAssessment a, String standard, String party) {
    return a.metrics().stream()
        .filter(m -> m.standard().equals(standard) && m.party().equals(party))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError("no " + standard + " metric for " + party + ": " + a.metrics()));
  }

  static Agreement agreed(String standard, String key, double value) {
    return Agreement.builder().addTerms(Term.agreed(standard, key, value, "annex 2")).build();
  }

  /** GIVEN the data once under defaults and once with the agreement, THEN BAD becomes GOOD with the agreed source. */
  static void agreedTarget_turnsBadIntoGood(
      Supplier<Given> data, String standard, String party, double target) {
    MetricResult byDefault = metric(data.get(), standard, party);
    assertThat(byDefault.status()).isEqualTo(MetricStatus.BAD);
    assertThat(byDefault.targetSource().origin()).isEqualTo(Provenance.Origin.DEFAULT);

    MetricResult agreed =
        metric(
            data.get().agreement(party, agreed(standard, "windowTarget", target)), standard, party);
    assertThat(agreed.status()).isEqualTo(MetricStatus.GOOD);
    assertThat(agreed.target()).isEqualTo(target);
    assertThat(agreed.targetSource().origin()).isEqualTo(Provenance.Origin.AGREED);
    assertThat(agreed.targetSource().source()).isEqualTo("annex 2");
    assertThat(agreed.numerator()).isEqualTo(byDefault.numerator());
    assertThat(agreed.denominator()).isEqualTo(byDefault.denominator());
  }

  /** 100 orders of {@code seller} shipped by it, expected to ship within 48 h; the first {@code late} ship after 60 h. */
  static Given shipments(String seller, int late, int untracked) {
    Given g = Given.journey();
    for (int i = 0; i < 100; i++) {
      g.with(
          Given.order("o" + i, seller, i).expectedShipBy(at(i + 48)).build(),
          Given.shipment("s" + i, "o" + i, seller, i + 61)
              .carrier("carrier")
              .shippedAt(at(i + (i < late ? 60 : 24)))
              .trackingNumber(i < untracked ? null : "T" + i)
              .trackingValid(i < untracked ? null : true)
              // scanned an hour after hand-over: a scan after the ship date would make the parcel
              // late
              .firstScanAt(i < untracked ? null : at(i + (i < late ? 61 : 25)))
              .build());
    }
    return g;
  }

  /** 100 orders of {@code seller}, the first {@code cancelled} cancelled by the seller. */
  static Given cancellations(String seller, int cancelled) {
    Given g = Given.journey();
    for (int i = 0; i < 100; i++) {
      g.with(Given.order("o" + i, seller, i).build());
      if (i < cancelled) {
        g.with(
            Cancellation.builder()
                .id("x" + i)
                .at(at(i + 1))
                .channel(Channel.EMAIL)
                .party(seller)
                .order("o" + i)
                .initiatedBy(CancelledBy.SELLER)
                .reason(CancelReason.OUT_OF_STOCK)
                .build());
      }
    }
    return g;
  }

  @Test
  void shipOnTimeDispatch_agreedTarget_changesTheMetric() {
    agreedTarget_turnsBadIntoGood(
        () -> shipments("shipper", 10, 0), "SHIP-ON-TIME-DISPATCH", "shipper", 0.15);
  }

  @Test
  void shipValidTracking_agreedTarget_changesTheMetric() {
    agreedTarget_turnsBadIntoGood(
        () -> shipments("shipper", 0, 10), "SHIP-VALID-TRACKING", "shipper", 0.85);
  }

  @Test
  void deliveryOnTime_agreedGraceHours_makeTenHourDelaysOnTime() {
    Supplier<Given> data =
        () -> {
          Given g = shipments("shipper", 0, 0);
          for (int i = 0; i < 100; i++) {
            g.with(
                Delivery.builder()
                    .id("d" + i)
                    .at(at(i + 110))
                    .channel(Channel.PARCEL)
                    .party("carrier")
                    .shipment("s" + i)
                    .promisedBy(at(i + 100))
                    .deliveredAt(at(i + (i < 10 ? 110 : 90)))
                    .build());
          }
          return g;
        };
    MetricResult byDefault = metric(data.get(), "DELIVERY-ON-TIME", "carrier");
    assertThat(byDefault.status()).isEqualTo(MetricStatus.BAD);
    assertThat(byDefault.numerator()).isEqualTo(90);

    MetricResult agreed =
        metric(
            data.get().agreement("carrier", agreed("DELIVERY-ON-TIME", "graceHours", 12)),
            "DELIVERY-ON-TIME",
            "carrier");
    assertThat(agreed.numerator()).isEqualTo(100);
    assertThat(agreed.status()).isEqualTo(MetricStatus.GOOD);
  }

  @Test
  void accessCancelRate_agreedTarget_changesTheMetric() {
    agreedTarget_turnsBadIntoGood(
        () -> cancellations("seller", 5), "ACCESS-CANCEL-RATE", "seller", 0.10);
  }

  @Test
  void orderDefectRate_agreedTarget_changesTheMetric() {
    agreedTarget_turnsBadIntoGood(
        () -> cancellations("seller", 5), "ORDER-DEFECT-RATE", "seller", 0.10);
  }

  @Test
  void accessPickupStockHonored_agreedTarget_changesTheMetric() {
    agreedTarget_turnsBadIntoGood(
        () -> {
          Given g = Given.journey();
          for (int i = 0; i < 100; i++) {
            g.with(
                Given.pickupOrder("o" + i, "store", i).build(),
                Given.pickup(
                        "p" + i,
                        "o" + i,
                        "store",
                        i < 10 ? PickupOutcome.CANCELLED_OUT_OF_STOCK : PickupOutcome.FULFILLED,
                        i + 2)
                    .build());
          }
          return g;
        },
        "ACCESS-PICKUP-STOCK-HONORED",
        "store",
        0.20);
  }

  @Test
  void accessInStockRate_agreedTarget_changesTheMetric() {
    agreedTarget_turnsBadIntoGood(
        () -> Given.journey().audits(SupplyWindowTest.audits("store", 40, 8)),
        "ACCESS-IN-STOCK-RATE",
        "store",
        0.70);
  }

  @Test
  void accessSupplierOtif_agreedTarget_changesTheMetric() {
    agreedTarget_turnsBadIntoGood(
        () -> {
          List<PurchaseOrder> orders = new ArrayList<>();
          for (PurchaseOrder po : SupplyWindowTest.purchaseOrders("dc-east", 30, 3, 0, 0)) {
            orders.add(PurchaseOrder.builder().from(po).supplier("supplier").build());
          }
          return Given.journey().purchaseOrders(orders);
        },
        "ACCESS-SUPPLIER-OTIF",
        "supplier",
        0.80);
  }

  @Test
  void serviceComplaintClose_agreedCloseDays_changeTheMetricAsTheyChangeTheJourneyViolations() {
    Supplier<Given> data =
        () -> {
          Given g = Given.journey().observedAt(24 * 30);
          for (int i = 0; i < 20; i++) {
            g.with(
                Given.complaint("c" + i, Given.BRAND, "partner", i).build(),
                Given.relay("r" + i, "c" + i, Given.BRAND, "partner", i + 1).build(),
                ServiceContact.builder()
                    .id("ack" + i)
                    .at(at(i + 2))
                    .channel(Channel.EMAIL)
                    .party("partner")
                    .complaint("c" + i)
                    .action(ServiceAction.ACKNOWLEDGEMENT)
                    .build(),
                ServiceContact.builder()
                    .id("res" + i)
                    .at(at(i + 1 + 24 * 10))
                    .channel(Channel.EMAIL)
                    .party("partner")
                    .complaint("c" + i)
                    .action(ServiceAction.RESOLUTION)
                    .rootCause("CARRIER_DAMAGE")
                    .build());
          }
          return g;
        };
    WindowAssessment byDefault = ENGINE.assessWindow(data.get().portfolio(), WINDOW);
    MetricResult closeByDefault = metric(byDefault, "SERVICE-COMPLAINT-CLOSE", "partner");
    assertThat(closeByDefault.numerator()).isZero();
    assertThat(closeByDefault.denominator()).isEqualTo(20);
    assertThat(closeByDefault.status()).isEqualTo(MetricStatus.BAD);

    Given agreedData =
        data.get().agreement("partner", agreed("SERVICE-COMPLAINT-CLOSE", "closeDays", 14));
    WindowAssessment agreed = ENGINE.assessWindow(agreedData.portfolio(), WINDOW);
    MetricResult closeAgreed = metric(agreed, "SERVICE-COMPLAINT-CLOSE", "partner");
    assertThat(closeAgreed.numerator()).isEqualTo(20);
    assertThat(closeAgreed.status()).isEqualTo(MetricStatus.GOOD);
    // The journey twin agrees: 20 late closures under the default, none under the agreement.
    assertThat(ENGINE.assess(data.get().portfolio()).violations())
        .filteredOn(v -> v.rule().equals("Relayed complaint not closed in time"))
        .hasSize(20);
    assertThat(ENGINE.assess(agreedData.portfolio()).violations())
        .filteredOn(v -> v.rule().equals("Relayed complaint not closed in time"))
        .isEmpty();
  }
}
