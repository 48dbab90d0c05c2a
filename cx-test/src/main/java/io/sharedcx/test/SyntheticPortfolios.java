package io.sharedcx.test;

import io.sharedcx.model.Agreement;
import io.sharedcx.model.Brand;
import io.sharedcx.model.CancelReason;
import io.sharedcx.model.Cancellation;
import io.sharedcx.model.CancelledBy;
import io.sharedcx.model.Channel;
import io.sharedcx.model.Complaint;
import io.sharedcx.model.ComplaintReason;
import io.sharedcx.model.Condition;
import io.sharedcx.model.ContentIssue;
import io.sharedcx.model.Customer;
import io.sharedcx.model.DelayCause;
import io.sharedcx.model.Delivery;
import io.sharedcx.model.Disposition;
import io.sharedcx.model.Feed;
import io.sharedcx.model.FeedType;
import io.sharedcx.model.Fulfilment;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Offer;
import io.sharedcx.model.OfferSurface;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A seeded generator of realistic synthetic portfolios: one brand, retailers, drop-shippers, carriers
 * (half of each healthy, half failing), and journeys of 5 to 30 touchpoints mixing delivery orders split
 * across fulfillers, pickup orders, store visits after a buy button, and complaints with or without
 * relays. About three journeys in four add one more scene that exercises the rest of the pack: a brand
 * page out of stock, prices below MAP or copied stale, prices and stock that differ across channels,
 * listings against the master data, a retailer's order drop-shipped by its own supplier (a chain of
 * partnerships), an order left unshipped, a customer repeating a complaint, a status ahead of the
 * parcel, a pickup never reported ready. {@link #portfolioWithFeeds(int)} adds the parties' inventory
 * and product feeds of every age. The same seed gives the same portfolio, journey by journey, so sizes from a thousand to a
 * million journeys can be streamed without holding them all.
 */
public final class SyntheticPortfolios {
  static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
  static final String BRAND = "brand";
  static final int PRODUCTS = 50;

  /** Every this many products has a minimum advertised price of {@link #MAP_PRICE}. */
  static final int MAP_EVERY = 5;

  static final int MAP_PRICE = 100;

  /** Every this many products has a suggested retail price of {@link #MSRP}. */
  static final int MSRP_EVERY = 10;

  static final int MSRP = 120;

  /** Every this many products has critical attributes in its master data. */
  static final int ATTRIBUTES_EVERY = 4;

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
    // Chains of partnerships: each retailer has its own drop-ship supplier, and the healthy
    // retailer
    // its own carrier, on their own agreements.
    for (String[] chain :
        new String[][] {
          {Party.RETAILER_OK.id, Party.DROPSHIP_OK.id},
          {Party.RETAILER_BAD.id, Party.DROPSHIP_BAD.id},
          {Party.RETAILER_OK.id, Party.CARRIER_OK.id}
        }) {
      b.addPartnerships(
          Partnership.builder()
              .id(chain[0] + "-" + chain[1])
              .principal(chain[0])
              .partner(chain[1])
              .agreement(Agreement.defaults())
              .build());
    }
    for (int i = 0; i < PRODUCTS; i++) {
      var product =
          Product.builder()
              .id(product(i))
              .name("Product " + i)
              .brand(BRAND)
              .fragile(i % 3 == 0)
              .heatSensitive(i % 7 == 0);
      if (i % MAP_EVERY == 0) {
        product.mapPrice(BigDecimal.valueOf(MAP_PRICE));
      }
      if (i % MSRP_EVERY == 0) {
        product.msrp(BigDecimal.valueOf(MSRP));
      }
      if (i % ATTRIBUTES_EVERY == 0) {
        product.putAttributes("storage", "256 GB").putAttributes("screen", "6.7 in");
      }
      b.addProducts(product.build());
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
   * {@return the parties' inventory and product feeds, of every age (fresh, stale, stale for days,
   * expired), observed a year after the first journey: portfolio-level facts, kept out of {@link
   * #parties()} and {@link #portfolio(int)} so journey streams stay journeys only}
   */
  public List<Feed> feeds() {
    List<Feed> feeds = new ArrayList<>();
    Instant observed = START.plusSeconds(365L * 86_400);
    int[] inventoryAges = {2, 20, 30, 100};
    int[] productAges = {24, 26 * 24, 40 * 24};
    for (Party p : Party.values()) {
      int k = p.ordinal();
      feeds.add(
          Feed.builder()
              .id(p.id + "-inventory")
              .party(p.id)
              .type(FeedType.INVENTORY)
              .lastUpdatedAt(observed.minusSeconds(inventoryAges[k % 4] * 3600L))
              .observedAt(observed)
              .build());
      feeds.add(
          Feed.builder()
              .id(p.id + "-products")
              .party(p.id)
              .type(FeedType.PRODUCT)
              .lastUpdatedAt(observed.minusSeconds(productAges[k % 3] * 3600L))
              .observedAt(observed)
              .build());
    }
    return feeds;
  }

  /**
   * {@return a portfolio with {@code journeys} journeys and the parties' {@link #feeds()}: every journey
   * and event standard of the pack fires on ten thousand of them}
   *
   * @param journeys how many journeys
   */
  public Portfolio portfolioWithFeeds(int journeys) {
    return Portfolio.builder()
        .from(parties())
        .addAllFeeds(feeds())
        .addAllJourneys(() -> journeys(journeys))
        .build();
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
    j.scene(random.nextInt(16));
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

    /** One more scene, by number; 12 to 15 add none. */
    void scene(int number) {
      switch (number) {
        case 0 -> brandOutOfStock();
        case 1 -> belowMap();
        case 2 -> copiedPrice();
        case 3 -> channelPrices();
        case 4 -> ownChannels();
        case 5 -> listing();
        case 6 -> buyButtonAgainstPage();
        case 7 -> retailerDropShip();
        case 8 -> unshippedOrder();
        case 9 -> repeatedComplaint();
        case 10 -> statusAhead();
        case 11 -> pickupNeverReady();
        default -> {}
      }
    }

    Offer.Builder offer(String party, String seller, String sku) {
      return Offer.builder()
          .id(next())
          .at(later(0.2 + random.nextInt(3)))
          .channel(Channel.WEB)
          .party(party)
          .seller(seller)
          .product(sku);
    }

    /** The brand's page shows a product out of stock while a retailer has it; sometimes with a route. */
    void brandOutOfStock() {
      String sku = sku();
      Party store = retailer();
      touchpoints.add(offer(BRAND, BRAND, sku).stock(StockShown.OUT_OF_STOCK).build());
      if (random.nextInt(3) == 0) {
        touchpoints.add(
            offer(BRAND, store.id, sku)
                .stock(StockShown.IN_STOCK)
                .surface(OfferSurface.WIDGET)
                .stockDataAsOf(now)
                .build());
      }
      later(random.nextInt(40));
      touchpoints.add(
          offer(store.id, store.id, sku).stock(StockShown.IN_STOCK).stockDataAsOf(now).build());
    }

    /** A retailer advertises a MAP product, often below MAP, sometimes again after the cure period. */
    void belowMap() {
      String sku = product(MAP_EVERY * random.nextInt(PRODUCTS / MAP_EVERY));
      Party store = retailer();
      OfferSurface surface =
          pick(
              new OfferSurface[] {
                OfferSurface.PAGE, OfferSurface.AD, OfferSurface.SHELF, OfferSurface.CART
              });
      int price = MAP_PRICE - 20 + random.nextInt(30);
      touchpoints.add(
          offer(store.id, store.id, sku)
              .channel(surface == OfferSurface.SHELF ? Channel.STORE : Channel.WEB)
              .surface(surface)
              .price(BigDecimal.valueOf(price))
              .build());
      if (random.nextBoolean()) {
        later(10 + random.nextInt(60));
        touchpoints.add(
            offer(store.id, store.id, sku)
                .channel(surface == OfferSurface.SHELF ? Channel.STORE : Channel.WEB)
                .surface(surface)
                .price(BigDecimal.valueOf(price - random.nextInt(2)))
                .build());
      }
    }

    /** The brand's buy button copies a retailer's price, sometimes stale, sometimes newer than the page. */
    void copiedPrice() {
      String sku = sku();
      Party store = retailer();
      int price = 20 + random.nextInt(80);
      Instant asOf = now.minusSeconds(3600L * random.nextInt(48));
      touchpoints.add(
          offer(store.id, store.id, sku)
              .price(BigDecimal.valueOf(price))
              .priceAsOf(random.nextInt(4) == 0 ? null : asOf)
              .build());
      int copied = random.nextBoolean() ? price : price + 1 + random.nextInt(10);
      Instant copiedAsOf = now.minusSeconds(3600L * random.nextInt(72));
      touchpoints.add(
          offer(BRAND, store.id, sku)
              .surface(OfferSurface.WIDGET)
              .price(BigDecimal.valueOf(copied))
              .priceAsOf(random.nextInt(4) == 0 ? null : copiedAsOf)
              .build());
    }

    /** The brand and a retailer price one product, sometimes far apart, sometimes around an MSRP. */
    void channelPrices() {
      String sku =
          random.nextBoolean()
              ? product(MSRP_EVERY * random.nextInt(PRODUCTS / MSRP_EVERY))
              : sku();
      Party store = retailer();
      int brandPrice = 90 + random.nextInt(60);
      touchpoints.add(offer(BRAND, BRAND, sku).price(BigDecimal.valueOf(brandPrice)).build());
      int partnerPrice = brandPrice * (70 + random.nextInt(60)) / 100;
      touchpoints.add(
          offer(store.id, store.id, sku).price(BigDecimal.valueOf(partnerPrice)).build());
    }

    /** One seller shows a product on web and in store or app: price and stock sometimes differ. */
    void ownChannels() {
      String sku = sku();
      String seller = random.nextInt(3) == 0 ? BRAND : retailer().id;
      int price = 30 + random.nextInt(100);
      touchpoints.add(
          offer(seller, seller, sku)
              .price(BigDecimal.valueOf(price))
              .stock(StockShown.IN_STOCK)
              .stockDataAsOf(now)
              .build());
      boolean shelf = random.nextBoolean();
      later(random.nextInt(30) / 10.0);
      touchpoints.add(
          offer(seller, seller, sku)
              .channel(shelf ? Channel.STORE : Channel.APP)
              .surface(shelf ? OfferSurface.SHELF : OfferSurface.PAGE)
              .price(BigDecimal.valueOf(random.nextBoolean() ? price : price * 85 / 100))
              .stock(random.nextBoolean() ? StockShown.IN_STOCK : StockShown.OUT_OF_STOCK)
              .stockDataAsOf(now)
              .build());
      if (random.nextInt(4) == 0) {
        touchpoints.add(
            StockCheck.builder()
                .id(next())
                .at(later(1))
                .channel(Channel.STORE)
                .party(seller)
                .product(sku)
                .available(random.nextInt(3))
                .build());
      }
    }

    /** A retailer lists a product against the brand's master data: exact, differently spelled, wrong, short. */
    void listing() {
      String sku =
          product(ATTRIBUTES_EVERY * random.nextInt(PRODUCTS / ATTRIBUTES_EVERY + 1) % PRODUCTS);
      Party store = retailer();
      Map<String, String> shown =
          switch (random.nextInt(5)) {
            case 0 -> Map.of("storage", "256 GB", "screen", "6.7 in");
            case 1 -> Map.of("storage", "256gb", "screen", "6.7\"");
            case 2 -> Map.of("storage", "128 GB", "screen", "6.7 inches");
            case 3 -> Map.of("storage", "256 GB");
            default -> Map.of();
          };
      touchpoints.add(
          offer(store.id, store.id, sku)
              .putAllAttributes(shown)
              .imageCount(random.nextInt(4) == 0 ? null : 1 + random.nextInt(5))
              .build());
    }

    /** The brand's buy button shows a retailer's stock from fresh or stale data next to the retailer's page. */
    void buyButtonAgainstPage() {
      String sku = sku();
      Party store = retailer();
      boolean stale = random.nextBoolean();
      touchpoints.add(
          offer(BRAND, store.id, sku)
              .surface(OfferSurface.WIDGET)
              .stock(random.nextBoolean() ? StockShown.IN_STOCK : StockShown.OUT_OF_STOCK)
              .stockDataAsOf(now.minusSeconds((stale ? 30 + random.nextInt(40) : 1) * 3600L))
              .build());
      later(random.nextInt(20) / 10.0);
      touchpoints.add(
          offer(store.id, store.id, sku)
              .stock(random.nextBoolean() ? StockShown.IN_STOCK : StockShown.OUT_OF_STOCK)
              .stockDataAsOf(now)
              .build());
    }

    /** A retailer's delivery order, drop-shipped by the retailer's own supplier and carried by its carrier. */
    void retailerDropShip() {
      Party store = retailer();
      Party supplier = store == Party.RETAILER_OK ? Party.DROPSHIP_OK : Party.DROPSHIP_BAD;
      Party carrier = store == Party.RETAILER_OK ? Party.CARRIER_OK : carrier();
      String sku = sku();
      String order = next();
      touchpoints.add(
          Order.builder()
              .id(order)
              .at(later(0.5))
              .channel(Channel.WEB)
              .party(store.id)
              .seller(store.id)
              .fulfiller(supplier.id)
              .addLines(OrderLine.of(sku, 1))
              .expectedShipBy(now.plusSeconds(48 * 3600))
              .promisedBy(now.plusSeconds(120 * 3600))
              .build());
      boolean fails = fails(supplier);
      String shipment = next();
      Instant shipped = later(fails ? 50 + random.nextInt(30) : 5 + random.nextInt(40));
      touchpoints.add(
          Shipment.builder()
              .id(shipment)
              .at(later(1))
              .channel(Channel.PARCEL)
              .party(supplier.id)
              .order(order)
              .packedBy(supplier.id)
              .carrier(carrier.id)
              .addProducts(sku)
              .shippedAt(shipped)
              .trackingNumber("TRK" + shipment)
              .trackingValid(Boolean.TRUE)
              .firstScanAt(shipped.plusSeconds(3600))
              .packagingSpecMet(fails ? Boolean.FALSE : Boolean.TRUE)
              .condition(fails && random.nextBoolean() ? Condition.DAMAGED : Condition.INTACT)
              .packingSlipPresent(Boolean.TRUE)
              .build());
      touchpoints.add(
          Delivery.builder()
              .id(next())
              .at(later(20 + random.nextInt(60)))
              .channel(Channel.PARCEL)
              .party(carrier.id)
              .shipment(shipment)
              .promisedBy(shipped.plusSeconds(72 * 3600L))
              .deliveredAt(now)
              .build());
    }

    /** An order that does not ship: sometimes cancelled, often followed days later by a complaint. */
    void unshippedOrder() {
      String seller = random.nextBoolean() ? BRAND : retailer().id;
      String order = next();
      touchpoints.add(
          Order.builder()
              .id(order)
              .at(later(0.5))
              .channel(Channel.WEB)
              .party(seller)
              .seller(seller)
              .fulfiller(random.nextBoolean() ? dropShipper().id : null)
              .addLines(OrderLine.of(sku(), 1))
              .expectedShipBy(now.plusSeconds(24 * 3600))
              .promisedBy(now.plusSeconds(96 * 3600))
              .build());
      if (random.nextInt(3) == 0) {
        touchpoints.add(
            Cancellation.builder()
                .id(next())
                .at(later(10 + random.nextInt(150)))
                .channel(Channel.EMAIL)
                .party(seller)
                .order(order)
                .initiatedBy(CancelledBy.SELLER)
                .reason(CancelReason.OUT_OF_STOCK)
                .build());
      } else {
        later(random.nextInt(200));
      }
    }

    /** A customer complains about an order twice, on two channels, with or without a linked case. */
    void repeatedComplaint() {
      String order = next();
      String seller = random.nextBoolean() ? BRAND : retailer().id;
      touchpoints.add(
          Order.builder()
              .id(order)
              .at(later(0.5))
              .channel(Channel.WEB)
              .party(seller)
              .seller(seller)
              .addLines(OrderLine.of(sku(), 1))
              .build());
      String first = next();
      touchpoints.add(
          Complaint.builder()
              .id(first)
              .at(later(30))
              .channel(Channel.EMAIL)
              .party(seller)
              .order(order)
              .reason(ComplaintReason.LATE)
              .caseId("case-" + first)
              .build());
      touchpoints.add(
          Complaint.builder()
              .id(next())
              .at(later(1 + random.nextInt(30)))
              .channel(random.nextBoolean() ? Channel.PHONE : Channel.CHAT)
              .party(random.nextBoolean() ? seller : BRAND)
              .order(order)
              .reason(random.nextInt(4) == 0 ? ComplaintReason.DAMAGED : ComplaintReason.LATE)
              .caseId(random.nextInt(3) == 0 ? "case-" + first : null)
              .build());
    }

    /** An order whose status runs ahead of the parcel: shipped before hand-over, delivered before delivery. */
    void statusAhead() {
      String order = next();
      String sku = sku();
      touchpoints.add(
          Order.builder()
              .id(order)
              .at(later(0.5))
              .channel(Channel.WEB)
              .party(BRAND)
              .seller(BRAND)
              .addLines(OrderLine.of(sku, 1))
              .expectedShipBy(now.plusSeconds(48 * 3600))
              .promisedBy(now.plusSeconds(120 * 3600))
              .build());
      touchpoints.add(
          StatusUpdate.builder()
              .id(next())
              .at(later(2))
              .channel(Channel.EMAIL)
              .party(BRAND)
              .order(order)
              .status(OrderStatus.SHIPPED)
              .build());
      Party carrier = carrier();
      String shipment = next();
      Instant shipped = later(random.nextInt(10));
      touchpoints.add(
          Shipment.builder()
              .id(shipment)
              .at(later(0.5))
              .channel(Channel.PARCEL)
              .party(BRAND)
              .order(order)
              .packedBy(BRAND)
              .carrier(carrier.id)
              .addProducts(sku)
              .shippedAt(shipped)
              .trackingNumber("TRK" + shipment)
              .trackingValid(Boolean.TRUE)
              .firstScanAt(shipped.plusSeconds(1800))
              .packagingSpecMet(Boolean.TRUE)
              .condition(Condition.INTACT)
              .packingSlipPresent(Boolean.TRUE)
              .build());
      Instant delivered = shipped.plusSeconds((24 + random.nextInt(48)) * 3600L);
      touchpoints.add(
          StatusUpdate.builder()
              .id(next())
              .at(delivered.minusSeconds(random.nextInt(6) * 3600L))
              .channel(Channel.EMAIL)
              .party(BRAND)
              .order(order)
              .status(OrderStatus.DELIVERED)
              .build());
      touchpoints.add(
          Delivery.builder()
              .id(next())
              .at(later(Duration.between(now, delivered).toSeconds() / 3600.0))
              .channel(Channel.PARCEL)
              .party(carrier.id)
              .shipment(shipment)
              .promisedBy(shipped.plusSeconds(96 * 3600L))
              .deliveredAt(random.nextInt(5) == 0 ? null : delivered)
              .build());
    }

    /** A pickup order the store never reports ready; sometimes cancelled. */
    void pickupNeverReady() {
      Party store = retailer();
      String order = next();
      touchpoints.add(
          Order.builder()
              .id(order)
              .at(later(0.5))
              .channel(Channel.WEB)
              .party(store.id)
              .seller(store.id)
              .fulfilment(Fulfilment.PICKUP)
              .pickupStore(store.id)
              .addLines(OrderLine.of(sku(), 1))
              .promisedBy(random.nextBoolean() ? now.plusSeconds(24 * 3600) : null)
              .build());
      if (random.nextInt(3) == 0) {
        touchpoints.add(
            Cancellation.builder()
                .id(next())
                .at(later(2 + random.nextInt(20)))
                .channel(Channel.STORE)
                .party(store.id)
                .order(order)
                .initiatedBy(CancelledBy.CUSTOMER)
                .reason(CancelReason.CUSTOMER_REQUEST)
                .build());
      }
    }

    void padTo(int target) {
      while (touchpoints.size() < target) {
        research(sku());
      }
    }
  }
}
