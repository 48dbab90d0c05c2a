package io.sharedcx.test;

import io.sharedcx.model.Agreement;
import io.sharedcx.model.Brand;
import io.sharedcx.model.Channel;
import io.sharedcx.model.Complaint;
import io.sharedcx.model.ComplaintReason;
import io.sharedcx.model.Condition;
import io.sharedcx.model.ContentIssue;
import io.sharedcx.model.Customer;
import io.sharedcx.model.DelayCause;
import io.sharedcx.model.Delivery;
import io.sharedcx.model.Disposition;
import io.sharedcx.model.Fulfilment;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Offer;
import io.sharedcx.model.Order;
import io.sharedcx.model.OrderLine;
import io.sharedcx.model.OrderStatus;
import io.sharedcx.model.Partner;
import io.sharedcx.model.PartnerRole;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Pickup;
import io.sharedcx.model.PickupOutcome;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Product;
import io.sharedcx.model.Research;
import io.sharedcx.model.ServiceAction;
import io.sharedcx.model.ServiceContact;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.StatusUpdate;
import io.sharedcx.model.StockCheck;
import io.sharedcx.model.StockShown;
import io.sharedcx.model.Touchpoint;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A seeded generator of realistic synthetic portfolios: one brand, retailers, drop-shippers, carriers
 * (half of each healthy, half failing), and journeys of 5 to 30 touchpoints mixing delivery orders split
 * across fulfillers, pickup orders, store visits after a buy button, and complaints with or without
 * relays. The same seed gives the same portfolio, journey by journey, so sizes from a thousand to a
 * million journeys can be streamed without holding them all.
 */
public final class SyntheticPortfolios {
  static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
  static final String BRAND = "brand";
  static final int PRODUCTS = 50;

  /** Failure odds for a healthy and a failing partner. */
  static final double HEALTHY = 0.02;

  static final double FAILING = 0.30;

  private final long seed;

  /**
   * A generator for {@code seed}.
   *
   * @param seed the seed: the same seed gives the same portfolios
   */
  public SyntheticPortfolios(long seed) {
    this.seed = seed;
  }

  /** {@return the parties, products, partnerships and customers, without journeys} */
  public Portfolio parties() {
    var b =
        Portfolio.builder().addBrands(Brand.builder().id(BRAND).name("Synthetic Brand").build());
    for (Party p : Party.values()) {
      b.addPartners(Partner.builder().id(p.id).name(p.id).addRoles(p.role).build());
      b.addPartnerships(
          Partnership.builder()
              .id(BRAND + "-" + p.id)
              .brand(BRAND)
              .partner(p.id)
              .agreement(Agreement.defaults())
              .build());
    }
    for (int i = 0; i < PRODUCTS; i++) {
      b.addProducts(
          Product.builder()
              .id(product(i))
              .name("Product " + i)
              .brand(BRAND)
              .fragile(i % 3 == 0)
              .heatSensitive(i % 7 == 0)
              .build());
    }
    for (int i = 0; i < 100; i++) {
      b.addCustomers(Customer.builder().id(customer(i)).build());
    }
    return b.build();
  }

  /**
   * {@return a portfolio with {@code journeys} journeys}
   *
   * @param journeys how many journeys
   */
  public Portfolio portfolio(int journeys) {
    return Portfolio.builder().from(parties()).addAllJourneys(() -> journeys(journeys)).build();
  }

  /**
   * {@return the first {@code count} journeys, generated one at a time}
   *
   * @param count how many journeys
   */
  public Iterator<Journey> journeys(int count) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public Journey next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return journey(next++);
      }
    };
  }

  /**
   * {@return journey number {@code index}: the same for the same seed and index}
   *
   * @param index the journey's number, from 0
   */
  public Journey journey(int index) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
    JourneyBuilder j =
        new JourneyBuilder("j" + index, random, START.plusSeconds(index * 37L % (86_400L * 300)));
    int shape = random.nextInt(10);
    if (shape < 5) {
      j.deliveryOrder();
    } else if (shape < 7) {
      j.pickupOrder();
    } else {
      j.storeVisit();
    }
    int target = 5 + random.nextInt(26);
    j.padTo(target);
    // Observed three days after the last touchpoint, so every time limit in the pack can be
    // decided.
    return Journey.builder()
        .id(j.id)
        .customer(customer(random.nextInt(100)))
        .addAllTouchpoints(j.touchpoints)
        .observedAt(j.now.plusSeconds(72 * 3600))
        .build();
  }

  static String product(int i) {
    return "sku-" + i;
  }

  static String customer(int i) {
    return "cust-" + i;
  }

  /** The synthetic partners: half healthy, half failing, in each role. */
  enum Party {
    RETAILER_OK("retail-ok", PartnerRole.RETAILER, HEALTHY),
    RETAILER_BAD("retail-bad", PartnerRole.RETAILER, FAILING),
    DROPSHIP_OK("dropship-ok", PartnerRole.DROP_SHIP_SUPPLIER, HEALTHY),
    DROPSHIP_BAD("dropship-bad", PartnerRole.DROP_SHIP_SUPPLIER, FAILING),
    CARRIER_OK("carrier-ok", PartnerRole.CARRIER, HEALTHY),
    CARRIER_BAD("carrier-bad", PartnerRole.CARRIER, FAILING);

    final String id;
    final PartnerRole role;
    final double failure;

    Party(String id, PartnerRole role, double failure) {
      this.id = id;
      this.role = role;
      this.failure = failure;
    }
  }

  private static final class JourneyBuilder {
    final String id;
    final SplittableRandom random;
    final List<Touchpoint> touchpoints = new ArrayList<>();
    Instant now;
    int n;

    JourneyBuilder(String id, SplittableRandom random, Instant start) {
      this.id = id;
      this.random = random;
      this.now = start;
    }

    String next() {
      return id + "-t" + (n++);
    }

    Instant later(double hours) {
      now = now.plusSeconds((long) (hours * 3600));
      return now;
    }

    boolean fails(Party p) {
      return random.nextDouble() < p.failure;
    }

    <T> T pick(T[] values) {
      return values[random.nextInt(values.length)];
    }

    Party retailer() {
      return random.nextBoolean() ? Party.RETAILER_OK : Party.RETAILER_BAD;
    }

    Party dropShipper() {
      return random.nextBoolean() ? Party.DROPSHIP_OK : Party.DROPSHIP_BAD;
    }

    Party carrier() {
      return random.nextBoolean() ? Party.CARRIER_OK : Party.CARRIER_BAD;
    }

    String sku() {
      return product(random.nextInt(PRODUCTS));
    }

    void deliveryOrder() {
      String sku = sku();
      research(sku);
      touchpoints.add(
          Offer.builder()
              .id(next())
              .at(later(0.1))
              .channel(Channel.WEB)
              .party(BRAND)
              .seller(BRAND)
              .product(sku)
              .price(BigDecimal.valueOf(10 + random.nextInt(200)))
              .stock(StockShown.IN_STOCK)
              .stockDataAsOf(now.minusSeconds(3600))
              .build());
      String order = next();
      int parcels = 1 + random.nextInt(3);
      var o =
          Order.builder()
              .id(order)
              .at(later(0.2))
              .channel(Channel.WEB)
              .party(BRAND)
              .seller(BRAND)
              .expectedShipBy(now.plusSeconds(48 * 3600))
              .promisedBy(now.plusSeconds(120 * 3600));
      List<String> skus = new ArrayList<>();
      for (int i = 0; i < parcels; i++) {
        String s = i == 0 ? sku : sku();
        skus.add(s);
        o.addLines(OrderLine.of(s, 1 + random.nextInt(3)));
      }
      touchpoints.add(o.build());
      touchpoints.add(
          StatusUpdate.builder()
              .id(next())
              .at(later(1))
              .channel(Channel.EMAIL)
              .party(BRAND)
              .order(order)
              .status(OrderStatus.PROCESSING)
              .build());
      String complainAbout = null;
      String complainedShipment = null;
      for (int i = 0; i < parcels; i++) {
        Party packer = i == 0 && random.nextBoolean() ? null : dropShipper();
        String packedBy = packer == null ? BRAND : packer.id;
        Party carrier = carrier();
        boolean packerFails = packer != null && fails(packer);
        boolean carrierFails = fails(carrier);
        String shipment = next();
        Instant shipped = later(10 + random.nextInt(40));
        Condition condition =
            packerFails && random.nextBoolean() || carrierFails
                ? Condition.DAMAGED
                : random.nextInt(20) == 0 ? Condition.UNKNOWN : Condition.INTACT;
        boolean badLabel = packerFails && random.nextInt(4) == 0;
        boolean unscanned = !badLabel && carrierFails && random.nextInt(3) == 0;
        if (random.nextInt(3) == 0) {
          touchpoints.add(
              StatusUpdate.builder()
                  .id(next())
                  .at(shipped.plusSeconds(1800))
                  .channel(Channel.EMAIL)
                  .party(BRAND)
                  .order(order)
                  .status(OrderStatus.SHIPPED)
                  .build());
        }
        touchpoints.add(
            Shipment.builder()
                .id(shipment)
                .at(later(20 + random.nextInt(60)))
                .channel(Channel.PARCEL)
                .party(packedBy)
                .order(order)
                .packedBy(packedBy)
                .carrier(carrier.id)
                .addProducts(skus.get(i))
                .shippedAt(shipped)
                .trackingNumber(badLabel && random.nextBoolean() ? null : "TRK" + shipment)
                .trackingValid(badLabel ? Boolean.FALSE : Boolean.TRUE)
                .firstScanAt(unscanned ? null : shipped.plusSeconds(3600))
                .packagingSpecMet(
                    packerFails ? Boolean.FALSE : random.nextInt(10) == 0 ? null : Boolean.TRUE)
                .condition(condition)
                .packingSlipPresent(
                    packerFails && random.nextBoolean() ? Boolean.FALSE : Boolean.TRUE)
                .foreignBranding(packerFails && random.nextInt(5) == 0)
                .contentIssue(
                    packerFails && random.nextInt(3) == 0
                        ? pick(ContentIssue.values())
                        : ContentIssue.NONE)
                .build());
        touchpoints.add(
            Delivery.builder()
                .id(next())
                .at(now)
                .channel(Channel.PARCEL)
                .party(carrier.id)
                .shipment(shipment)
                .promisedBy(shipped.plusSeconds((carrierFails ? 24 : 96) * 3600L))
                .deliveredAt(now)
                .delayCause(random.nextInt(10) == 0 ? DelayCause.FORCE_MAJEURE : DelayCause.UNKNOWN)
                .build());
        if (condition == Condition.DAMAGED && complainAbout == null) {
          complainAbout = packerFails ? packedBy : carrier.id;
          complainedShipment = shipment;
        }
      }
      if (complainAbout != null && random.nextInt(3) > 0) {
        complaint(order, complainedShipment, complainAbout, ComplaintReason.DAMAGED);
      }
    }

    void pickupOrder() {
      Party store = retailer();
      String sku = sku();
      touchpoints.add(
          Offer.builder()
              .id(next())
              .at(later(0.5))
              .channel(Channel.WEB)
              .party(store.id)
              .seller(store.id)
              .product(sku)
              .price(BigDecimal.valueOf(5 + random.nextInt(100)))
              .stock(StockShown.IN_STOCK)
              .stockDataAsOf(now.minusSeconds(1800))
              .build());
      String order = next();
      touchpoints.add(
          Order.builder()
              .id(order)
              .at(later(0.1))
              .channel(Channel.WEB)
              .party(store.id)
              .seller(store.id)
              .fulfilment(Fulfilment.PICKUP)
              .pickupStore(store.id)
              .addLines(OrderLine.of(sku, 1))
              .promisedBy(now.plusSeconds(24 * 3600))
              .build());
      touchpoints.add(
          StatusUpdate.builder()
              .id(next())
              .at(later(4))
              .channel(Channel.EMAIL)
              .party(store.id)
              .order(order)
              .status(OrderStatus.READY_FOR_PICKUP)
              .build());
      PickupOutcome outcome =
          fails(store)
              ? pick(
                  new PickupOutcome[] {
                    PickupOutcome.PARTIAL,
                    PickupOutcome.SUBSTITUTED,
                    PickupOutcome.CANCELLED_OUT_OF_STOCK
                  })
              : random.nextInt(20) == 0
                  ? PickupOutcome.CANCELLED_BY_CUSTOMER
                  : PickupOutcome.FULFILLED;
      boolean slow = fails(store);
      touchpoints.add(
          Pickup.builder()
              .id(next())
              .at(later(slow ? 30 : 6))
              .channel(Channel.STORE)
              .party(store.id)
              .order(order)
              .outcome(outcome)
              .readyAt(now.minusSeconds(2 * 3600))
              .build());
      if (outcome != PickupOutcome.FULFILLED
          && outcome != PickupOutcome.CANCELLED_BY_CUSTOMER
          && random.nextBoolean()) {
        complaint(order, null, store.id, ComplaintReason.OUT_OF_STOCK);
      }
    }

    void storeVisit() {
      Party store = retailer();
      String sku = sku();
      research(sku);
      boolean staleWidget = random.nextInt(4) == 0;
      touchpoints.add(
          Offer.builder()
              .id(next())
              .at(later(0.1))
              .channel(Channel.WEB)
              .party(BRAND)
              .seller(store.id)
              .product(sku)
              .stock(StockShown.IN_STOCK)
              .stockDataAsOf(
                  now.minusSeconds(
                      (staleWidget ? 30 + random.nextInt(50) : random.nextInt(20)) * 3600L))
              .surface(io.sharedcx.model.OfferSurface.WIDGET)
              .build());
      boolean empty = fails(store);
      touchpoints.add(
          StockCheck.builder()
              .id(next())
              .at(later(1 + random.nextInt(5)))
              .channel(Channel.STORE)
              .party(store.id)
              .product(sku)
              .available(empty ? 0 : 1 + random.nextInt(9))
              .build());
      if (!empty) {
        touchpoints.add(
            Order.builder()
                .id(next())
                .at(later(0.2))
                .channel(Channel.STORE)
                .party(store.id)
                .seller(store.id)
                .addLines(OrderLine.of(sku, 1))
                .build());
      }
    }

    void research(String sku) {
      touchpoints.add(
          Research.builder()
              .id(next())
              .at(later(0.2))
              .channel(Channel.WEB)
              .party(BRAND)
              .addProducts(sku)
              .build());
    }

    void complaint(String order, String shipment, String about, ComplaintReason reason) {
      boolean toBrand = random.nextBoolean();
      String receiver = toBrand ? BRAND : about;
      boolean redirected = toBrand && random.nextInt(3) == 0;
      String complaint = next();
      boolean unlinked = random.nextInt(8) == 0;
      touchpoints.add(
          Complaint.builder()
              .id(complaint)
              .at(later(2))
              .channel(Channel.EMAIL)
              .party(receiver)
              .order(unlinked ? null : order)
              .shipment(unlinked ? null : shipment)
              .about(about)
              .reason(reason)
              .viaRegulator(random.nextInt(10) == 0)
              .disposition(redirected ? Disposition.REDIRECTED : Disposition.OPEN)
              .build());
      if (toBrand && !redirected && random.nextInt(4) > 0) {
        touchpoints.add(
            ServiceContact.builder()
                .id(next())
                .at(later(random.nextInt(40)))
                .channel(Channel.EMAIL)
                .party(receiver)
                .complaint(complaint)
                .action(ServiceAction.RELAY)
                .to(about)
                .build());
        if (random.nextBoolean()) {
          touchpoints.add(
              ServiceContact.builder()
                  .id(next())
                  .at(later(random.nextInt(60)))
                  .channel(Channel.EMAIL)
                  .party(about)
                  .complaint(complaint)
                  .action(ServiceAction.ACKNOWLEDGEMENT)
                  .build());
          if (random.nextBoolean()) {
            touchpoints.add(
                ServiceContact.builder()
                    .id(next())
                    .at(later(random.nextInt(200)))
                    .channel(Channel.EMAIL)
                    .party(about)
                    .complaint(complaint)
                    .action(ServiceAction.RESOLUTION)
                    .rootCause(random.nextBoolean() ? "PACKAGING" : null)
                    .build());
          }
        }
      }
      touchpoints.add(
          ServiceContact.builder()
              .id(next())
              .at(later(1 + random.nextInt(30)))
              .channel(Channel.EMAIL)
              .party(receiver)
              .complaint(complaint)
              .action(ServiceAction.RESPONSE)
              .build());
    }

    void padTo(int target) {
      while (touchpoints.size() < target) {
        research(sku());
      }
    }
  }
}
