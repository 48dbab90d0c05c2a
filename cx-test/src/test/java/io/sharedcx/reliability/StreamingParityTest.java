package io.sharedcx.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.sharedcx.engine.BatchResult;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Channel;
import io.sharedcx.model.Feed;
import io.sharedcx.model.FeedType;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.PurchaseOrder;
import io.sharedcx.model.StockCheck;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Failure;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.InputException;
import io.sharedcx.model.json.PortfolioStream;
import io.sharedcx.test.SyntheticPortfolios;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streaming a portfolio gives the results of reading it whole: for generated portfolios with
 * portfolio-level facts and bad journeys, in any field order, the streamed findings equal the in-memory
 * findings of the same portfolio without its bad journeys, each bad journey is a failure naming it, and
 * read = assessed + failed (QuickTheories, 1,000 examples).
 */
class StreamingParityTest {
  static final CxEngine ENGINE = CxEngine.builder().build();
  static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");
  static final String[] PARTIES = {
    "brand", "retail-ok", "retail-bad", "dropship-ok", "dropship-bad"
  };

  @TempDir Path dir;

  /** A generated portfolio with feeds, purchase orders and stock audits. */
  static Portfolio withPortfolioLevelFacts(long seed, Random random) {
    Portfolio base = new SyntheticPortfolios(seed).portfolio(1 + random.nextInt(4));
    var b = Portfolio.builder().from(base);
    for (int i = random.nextInt(3); i > 0; i--) {
      Instant observed = T0.plusSeconds(random.nextInt(86_400 * 30));
      b.addFeeds(
          Feed.builder()
              .id("feed-" + i)
              .party(PARTIES[random.nextInt(PARTIES.length)])
              .type(random.nextBoolean() ? FeedType.INVENTORY : FeedType.PRODUCT)
              .lastUpdatedAt(observed.minusSeconds(3600L * random.nextInt(200)))
              .observedAt(observed)
              .build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      Instant placed = T0.plusSeconds(random.nextInt(86_400 * 30));
      int ordered = 1 + random.nextInt(20);
      b.addPurchaseOrders(
          PurchaseOrder.builder()
              .id("po-" + i)
              .supplier("dropship-" + (random.nextBoolean() ? "ok" : "bad"))
              .buyer("retail-ok")
              .product("sku-" + random.nextInt(50))
              .quantityOrdered(ordered)
              .quantityReceived(random.nextInt(ordered + 1))
              .placedAt(placed)
              .mustArriveBy(placed.plusSeconds(86_400 * 3))
              .receivedAt(
                  random.nextBoolean() ? placed.plusSeconds(3600L * random.nextInt(120)) : null)
              .build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addStockAudits(
          StockCheck.builder()
              .id("audit-" + i)
              .at(T0.plusSeconds(random.nextInt(86_400 * 30)))
              .channel(Channel.STORE)
              .party("retail-" + (random.nextBoolean() ? "ok" : "bad"))
              .product("sku-" + random.nextInt(50))
              .available(random.nextInt(3))
              .build());
    }
    return b.build();
  }

  @Test
  void streamedAndInMemory_giveEqualResults_andReadIsAssessedPlusFailed() {
    qt().withExamples(1_000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              Portfolio portfolio = withPortfolioLevelFacts(seed, random);
              List<String> journeyTexts = new ArrayList<>();
              List<Journey> good = new ArrayList<>();
              List<String> badLabels = new ArrayList<>();
              for (Journey j : portfolio.journeys()) {
                String text = CxJson.write(j);
                if (random.nextInt(5) == 0) {
                  int mutation = random.nextInt(5);
                  if (mutation == 0 && !good.isEmpty()) {
                    String earlier = good.get(random.nextInt(good.size())).id();
                    text =
                        text.replaceFirst(
                            "\"id\" : \"" + j.id() + "\"", "\"id\" : \"" + earlier + "\"");
                    badLabels.add(earlier);
                  } else if (mutation == 1) {
                    text =
                        text.replaceFirst(
                            "\"customer\" : (\"[^\"]+\")", "\"customer\" : $1, \"customer\" : $1");
                    badLabels.add(j.id());
                  } else if (mutation == 2) {
                    text =
                        text.replaceFirst("\"observedAt\" : \"[^\"]+\"", "\"observedAt\" : \"\"");
                    badLabels.add(j.id());
                  } else if (mutation == 3
                      && !j.touchpoints().isEmpty()
                      && (!good.isEmpty() || !portfolio.stockAudits().isEmpty())) {
                    // A touchpoint id an earlier journey or a stock audit has, its references too.
                    String taken =
                        good.isEmpty()
                                || (!portfolio.stockAudits().isEmpty() && random.nextBoolean())
                            ? portfolio.stockAudits().get(0).id()
                            : good.get(random.nextInt(good.size())).touchpoints().get(0).id();
                    text =
                        text.replace(
                            "\"" + j.touchpoints().get(0).id() + "\"", "\"" + taken + "\"");
                    badLabels.add(j.id());
                  } else {
                    text =
                        text.replaceFirst("\"customer\" : \"[^\"]+\"", "\"customer\" : \"ghost\"");
                    badLabels.add(j.id());
                  }
                } else {
                  good.add(j);
                }
                journeyTexts.add(text);
              }
              Path file =
                  write(
                      dir.resolve("p" + Long.toHexString(seed) + ".json"),
                      portfolio,
                      journeyTexts,
                      random);

              List<Assessment> parts = new ArrayList<>();
              BatchResult result;
              try (PortfolioStream stream = PortfolioStream.open(file)) {
                result = ENGINE.assessEach(stream.parties(), stream, parts::add);
              }
              Assessment streamed = merge(parts);

              Assessment whole;
              if (badLabels.isEmpty()) {
                whole = ENGINE.assess(CxJson.readPortfolio(file));
              } else {
                assertThatThrownBy(() -> CxJson.readPortfolio(file))
                    .isInstanceOf(InputException.class);
                whole = ENGINE.assess(Portfolio.builder().from(portfolio).journeys(good).build());
              }
              String as = "seed " + seed;
              assertThat(result.inputError()).as(as).isNull();
              assertThat(result.read()).as(as).isEqualTo(portfolio.journeys().size());
              assertThat(result.assessed() + result.failed()).as(as).isEqualTo(result.read());
              assertThat(result.failed())
                  .as(as)
                  .isEqualTo(badLabels.size() + whole.failures().size());
              assertThat(streamed.violations()).as(as).isEqualTo(whole.violations());
              assertThat(streamed.recommendations()).as(as).isEqualTo(whole.recommendations());
              assertThat(streamed.journeysAssessed()).as(as).isEqualTo(whole.journeysAssessed());
              assertThat(result.violations()).as(as).isEqualTo(whole.violations().size());
              List<String> failed = streamed.failures().stream().map(Failure::journey).toList();
              List<String> expected = new ArrayList<>(badLabels);
              whole.failures().forEach(f -> expected.add(f.journey()));
              assertThat(failed).as(as).containsExactlyInAnyOrderElementsOf(expected);
              try {
                Files.delete(file);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Writes the portfolio with its journeys (as given) at a random place among its fields. */
  static Path write(Path file, Portfolio p, List<String> journeys, Random random) {
    Map<String, List<?>> fields = new LinkedHashMap<>();
    fields.put("brands", p.brands());
    fields.put("partners", p.partners());
    fields.put("partnerships", p.partnerships());
    fields.put("products", p.products());
    fields.put("customers", p.customers());
    fields.put("feeds", p.feeds());
    fields.put("purchaseOrders", p.purchaseOrders());
    fields.put("stockAudits", p.stockAudits());
    int at = random.nextInt(fields.size() + 1);
    StringBuilder json = new StringBuilder("{");
    int i = 0;
    for (Map.Entry<String, List<?>> field : fields.entrySet()) {
      if (i++ == at) {
        json.append("\"journeys\": [").append(String.join(",\n", journeys)).append("],\n");
      }
      json.append('"')
          .append(field.getKey())
          .append("\": ")
          .append('[')
          .append(String.join(",\n", field.getValue().stream().map(CxJson::write).toList()))
          .append("],\n");
    }
    if (at == fields.size()) {
      json.append("\"journeys\": [").append(String.join(",\n", journeys)).append("]");
    } else {
      json.setLength(json.length() - 2);
    }
    json.append("}\n");
    try {
      return Files.writeString(file, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Assessment merge(List<Assessment> parts) {
    List<Violation> violations = new ArrayList<>();
    List<Recommendation> recommendations = new ArrayList<>();
    var merged = Assessment.builder().standardsRun(ENGINE.standardsRun());
    for (Assessment part : parts) {
      violations.addAll(part.violations());
      recommendations.addAll(part.recommendations());
      merged.addAllJourneysAssessed(part.journeysAssessed()).addAllFailures(part.failures());
    }
    return merged.violations(violations).recommendations(recommendations).build();
  }
}
