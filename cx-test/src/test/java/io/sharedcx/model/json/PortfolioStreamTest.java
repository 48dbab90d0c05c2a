package io.sharedcx.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharedcx.model.Channel;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.StockCheck;
import io.sharedcx.test.SyntheticPortfolios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioStreamTest {
  @TempDir Path dir;

  @Test
  void stream_readsTheSameJourneysAsTheWholeFile() throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(300);
    Path file = Files.writeString(dir.resolve("p.json"), CxJson.write(portfolio));
    List<Journey> streamed = new ArrayList<>();
    try (PortfolioStream stream = PortfolioStream.open(file)) {
      assertThat(stream.parties().partners()).isEqualTo(portfolio.partners());
      assertThat(stream.parties().journeys()).isEmpty();
      stream.forEachRemaining(streamed::add);
      assertThat(stream.journeysRead()).isEqualTo(300);
    }
    assertThat(streamed).isEqualTo(portfolio.journeys());
  }

  @Test
  void streams_shareOneJourneyReader_andABadJourneyBetweenGoodOnesStillFailsAlone()
      throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(3);
    String json = CxJson.write(portfolio);
    Path good = write("good.json", json);
    int second = json.indexOf("\"id\" : \"j1\"");
    Path bad =
        write("bad.json", json.substring(0, second) + "\"colour\" : 1, " + json.substring(second));
    try (PortfolioStream first = PortfolioStream.open(good);
        PortfolioStream other = PortfolioStream.open(bad)) {
      assertThat(first.journeyReader()).isSameAs(other.journeyReader());
    }
    // The shared reader keeps no state from a journey it failed on.
    List<Object> seen = drain(bad);
    assertThat(seen).hasSize(3);
    assertThat(seen.get(0)).isEqualTo("j0");
    assertThat(seen.get(1))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.journey()).isEqualTo("j1");
              assertThat(e.getMessage()).contains("bad.json:").contains("unknown field 'colour'");
            });
    assertThat(seen.get(2)).isEqualTo("j2");
    assertThat(drain(good)).containsExactly("j0", "j1", "j2");
  }

  /**
   * Every journey the stream yields, and the problems it reports, in order; reading ahead on a thread
   * of its own must yield the same, problem for problem.
   */
  static List<Object> drain(Path file) {
    List<Object> seen = drain(PortfolioStream.open(file));
    List<Object> ahead = drain(PortfolioStream.open(file).readAhead());
    assertThat(ahead.stream().map(PortfolioStreamTest::described))
        .containsExactlyElementsOf(seen.stream().map(PortfolioStreamTest::described).toList());
    return seen;
  }

  private static List<Object> drain(PortfolioStream opened) {
    List<Object> seen = new ArrayList<>();
    try (PortfolioStream stream = opened) {
      while (stream.hasNext()) {
        try {
          seen.add(stream.next().id());
        } catch (InputException e) {
          seen.add(e);
        }
      }
    }
    return seen;
  }

  /** A journey's id, or a problem's journey, position and message. */
  private static String described(Object outcome) {
    return outcome instanceof InputException e
        ? e.journey() + " " + e.line() + ":" + e.column() + " " + e.getMessage()
        : (String) outcome;
  }

  @Test
  void readAhead_givesEveryJourneyInOrder_holdsAFewHundredAtMost_andStopsOnClose()
      throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(2_000);
    Path file = Files.writeString(dir.resolve("ahead.json"), CxJson.write(portfolio));
    List<Journey> streamed = new ArrayList<>();
    try (PortfolioStream stream = PortfolioStream.open(file).readAhead()) {
      streamed.add(stream.next());
      // The reader fills its queue and waits: it is never more than the queue ahead.
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (stream.readSoFar() < 100 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(stream.readSoFar())
          .isGreaterThanOrEqualTo(100)
          .isLessThanOrEqualTo(1 + (ReadAhead.BATCHES + 2) * ReadAhead.BATCH);
      assertThat(stream.journeysRead()).isEqualTo(1);
      while (streamed.size() < 1_000) {
        streamed.add(stream.next());
      }
    }
    assertThat(streamed).isEqualTo(portfolio.journeys().subList(0, 1_000));
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().equals("journeys of " + file));
    try (PortfolioStream stream = PortfolioStream.open(file).readAhead()) {
      List<Journey> all = new ArrayList<>();
      stream.forEachRemaining(all::add);
      assertThat(all).isEqualTo(portfolio.journeys());
      assertThat(stream.journeysRead()).isEqualTo(2_000);
    }
  }

  @Test
  void readAhead_afterAJourneyWasRead_isRefused() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("late.json"), CxJson.write(new SyntheticPortfolios(11).portfolio(3)));
    try (PortfolioStream stream = PortfolioStream.open(file)) {
      stream.next();
      assertThatThrownBy(stream::readAhead)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("read ahead from the start");
    }
  }

  Path write(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json);
  }

  @Test
  void stream_fieldsAfterJourneys_areRead() throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(3);
    String json = CxJson.write(portfolio);
    int journeys = json.indexOf("\"journeys\"");
    int end = json.lastIndexOf('}');
    // journeys first, then everything else
    String moved =
        "{"
            + json.substring(journeys, end).trim()
            + ", "
            + json.substring(1, journeys).trim().replaceAll(",$", "")
            + "}";
    Path file = write("late.json", moved);
    try (PortfolioStream stream = PortfolioStream.open(file)) {
      assertThat(stream.parties().customers()).isEqualTo(portfolio.customers());
      List<Journey> streamed = new ArrayList<>();
      stream.forEachRemaining(streamed::add);
      assertThat(streamed).isEqualTo(portfolio.journeys());
    }
  }

  @Test
  void stream_journeyNamingUnknownCustomer_failsAlone_andTheOthersAreRead() throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(3);
    String json = withUnknownCustomer(CxJson.write(portfolio), 1);
    List<Object> seen = drain(write("ghost.json", json));
    assertThat(seen).hasSize(3);
    assertThat(seen.get(0)).isEqualTo("j0");
    assertThat(seen.get(2)).isEqualTo("j2");
    InputException e = (InputException) seen.get(1);
    assertThat(e.journey()).isEqualTo("j1");
    assertThat(e.getMessage())
        .contains("$.journeys[1]")
        .contains("Journey.customer = 'ghost' names no customer")
        .doesNotContain("\n");
    assertThat(e.line()).isPositive();
  }

  @Test
  void stream_malformedTouchpoint_namesItsFullPath_andFailsOnlyItsJourney() throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(2);
    String json = CxJson.write(portfolio);
    int second = json.indexOf("\"id\" : \"j1\"");
    json =
        json.substring(0, second)
            + json.substring(second).replaceFirst("\"channel\" : \"WEB\"", "\"channel\" : \"FAX\"");
    List<Object> seen = drain(write("fax.json", json));
    assertThat(seen.get(0)).isEqualTo("j0");
    InputException e = (InputException) seen.get(1);
    assertThat(e.journey()).isEqualTo("j1");
    assertThat(e.getMessage())
        .contains("$.journeys[1].touchpoints[")
        .contains("channel")
        .contains("Maybe one of: WEB");
  }

  @Test
  void stream_truncatedFile_losesNoCompleteJourney_andSaysItIsTruncated() throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(4);
    String json = CxJson.write(portfolio);
    String cut = json.substring(0, json.indexOf("\"id\" : \"j3\"") + 20);
    List<Object> seen = drain(write("cut.json", cut));
    assertThat(seen).hasSize(4).startsWith("j0", "j1", "j2");
    InputException e = (InputException) seen.get(3);
    assertThat(e.journey()).isNull();
    assertThat(e.getMessage())
        .contains("truncated")
        .contains("$.journeys[3]")
        .doesNotContain("\n")
        .doesNotContain("source:");
    assertThat(e.line()).isPositive();
  }

  @Test
  void stream_contentAfterTheDocument_isAnError_afterEveryJourney() throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(2);
    String json = CxJson.write(portfolio);
    List<Object> seen = drain(write("two.json", json + json));
    assertThat(seen).hasSize(3).startsWith("j0", "j1");
    assertThat(((InputException) seen.get(2)).getMessage())
        .contains("content after the end of the portfolio");
  }

  @Test
  void stream_duplicateJourneyId_failsTheSecond() throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(3);
    String json = CxJson.write(portfolio).replaceFirst("\"id\" : \"j1\"", "\"id\" : \"j0\"");
    List<Object> seen = drain(write("dup.json", json));
    assertThat(seen.get(0)).isEqualTo("j0");
    assertThat(((InputException) seen.get(1)).getMessage()).contains("'j0' occurs more than once");
    assertThat(seen.get(2)).isEqualTo("j2");
  }

  /** The document with journey {@code k}'s customer one the portfolio does not have, "ghost". */
  private static String withUnknownCustomer(String json, int k) {
    int at = json.indexOf("\"id\" : \"j" + k + "\"");
    return json.substring(0, at)
        + json.substring(at)
            .replaceFirst("\"customer\" : \"cust-[0-9]+\"", "\"customer\" : \"ghost\"");
  }

  /** Journey {@code k}'s section of the document, with {@code from} renamed to {@code to}. */
  private static String renamedIn(String json, int k, String from, String to) {
    int start = json.indexOf("\"id\" : \"j" + k + "\"");
    int end = json.indexOf("\"id\" : \"j" + (k + 1) + "\"");
    end = end < 0 ? json.length() : end;
    return json.substring(0, start)
        + json.substring(start, end).replace("\"" + from + "\"", "\"" + to + "\"")
        + json.substring(end);
  }

  @Test
  void stream_touchpointIdOfAnEarlierJourney_failsTheLaterJourney_andTheOthersAreRead()
      throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(4);
    String json = renamedIn(CxJson.write(portfolio), 2, "j2-t0", "j0-t0");
    List<Object> seen = drain(write("tp.json", json));
    assertThat(seen).hasSize(4);
    assertThat(seen.get(0)).isEqualTo("j0");
    assertThat(seen.get(1)).isEqualTo("j1");
    assertThat(seen.get(3)).isEqualTo("j3");
    InputException e = (InputException) seen.get(2);
    assertThat(e.journey()).isEqualTo("j2");
    assertThat(e.path()).isEqualTo("$.journeys[2].touchpoints[0].id");
    assertThat(e.getMessage())
        .contains(
            "Journey.touchpoints.id = 'j0-t0' is not valid: expected touchpoint ids unique across"
                + " the portfolio, but a touchpoint of journey 'j0' has it too. Maybe give each"
                + " touchpoint its own id.")
        .doesNotContain("\n");
    // At the journey's opening brace, as its other problems are.
    int brace = json.lastIndexOf('{', json.indexOf("\"id\" : \"j2\""));
    assertThat(e.line()).isEqualTo((int) json.substring(0, brace + 1).lines().count());
    // Read whole, the same file is refused for the same id.
    assertThatThrownBy(() -> CxJson.readPortfolio(dir.resolve("tp.json")))
        .hasMessageContaining("'j0-t0' occurs more than once");
  }

  @Test
  void stream_touchpointIdOfAStockAudit_failsTheJourney_whereverTheAuditsAre() throws IOException {
    Portfolio base = new SyntheticPortfolios(11).portfolio(3);
    Portfolio portfolio =
        Portfolio.builder()
            .from(base)
            .addStockAudits(
                StockCheck.builder()
                    .id("j1-t0")
                    .at(Instant.parse("2026-01-02T00:00:00Z"))
                    .channel(Channel.STORE)
                    .party("retail-ok")
                    .product("sku-1")
                    .available(2)
                    .build())
            .journeys(List.of())
            .build();
    ObjectMapper plain = new ObjectMapper();
    Map<String, Object> fields =
        plain.readValue(
            CxJson.write(portfolio), new TypeReference<LinkedHashMap<String, Object>>() {});
    Object audits = fields.remove("stockAudits");
    fields.put("journeys", plain.readValue(CxJson.write(base), Map.class).get("journeys"));
    Map<String, Object> auditsFirst = new LinkedHashMap<>();
    auditsFirst.put("stockAudits", audits);
    auditsFirst.putAll(fields);
    Map<String, Object> auditsLast = new LinkedHashMap<>(fields);
    auditsLast.put("stockAudits", audits);
    for (Map<String, Object> document : List.of(auditsFirst, auditsLast)) {
      List<Object> seen = drain(write("audit.json", plain.writeValueAsString(document)));
      assertThat(seen).hasSize(3);
      assertThat(seen.get(0)).isEqualTo("j0");
      assertThat(seen.get(2)).isEqualTo("j2");
      InputException e = (InputException) seen.get(1);
      assertThat(e.path()).isEqualTo("$.journeys[1].touchpoints[0].id");
      assertThat(e.getMessage()).contains("'j1-t0'").contains("but a stock audit has it too");
    }
  }

  /**
   * The first pass reads touchpoint ids from the file's bytes when it is UTF-8, with the parser
   * otherwise; escapes, a byte order mark and fields after the journeys change nothing.
   */
  @Test
  void stream_touchpointIdRepeated_isFound_inEveryEncodingAndLayout() throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(4);
    String json = renamedIn(CxJson.write(portfolio), 2, "j2-t0", "j0-t0");
    int fieldsAt = json.indexOf("\"journeys\"");
    String journeys = json.substring(fieldsAt, json.lastIndexOf('}'));
    String journeysFirst =
        "{" + journeys + ", " + json.substring(json.indexOf('{') + 1, fieldsAt).strip();
    journeysFirst = journeysFirst.substring(0, journeysFirst.length() - 1) + "}";
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("utf-8", json.getBytes(StandardCharsets.UTF_8));
    files.put("utf-8, journeys first", journeysFirst.getBytes(StandardCharsets.UTF_8));
    files.put("utf-8 with a byte order mark", ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8));
    files.put("utf-16", json.getBytes(StandardCharsets.UTF_16BE));
    files.put("utf-16, journeys first", journeysFirst.getBytes(StandardCharsets.UTF_16LE));
    // The repeat written with escapes: in the id, and in the key.
    files.put(
        "escaped id",
        json.replace("\"id\" : \"j0-t0\"", "\"id\" : \"j0\\u002dt0\"")
            .replaceFirst("\"id\" : \"j0\\\\u002dt0\"", "\"id\" : \"j0-t0\"")
            .getBytes(StandardCharsets.UTF_8));
    String secondKey = "\"id\" : \"j0-t0\"";
    int second = json.indexOf(secondKey, json.indexOf(secondKey) + 1);
    files.put(
        "escaped key",
        (json.substring(0, second)
                + "\"\\u0069d\" : \"j0-t0\""
                + json.substring(second + secondKey.length()))
            .getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path file = Files.write(dir.resolve("enc.json"), f.getValue());
      List<Object> seen = drain(file);
      assertThat(seen).as(f.getKey()).hasSize(4);
      assertThat(seen.get(2)).as(f.getKey()).isInstanceOf(InputException.class);
      assertThat(((InputException) seen.get(2)).getMessage())
          .as(f.getKey())
          .contains("'j0-t0'")
          .contains("journey 'j0'");
      assertThat(List.of(seen.get(0), seen.get(1), seen.get(3)))
          .as(f.getKey())
          .containsExactly("j0", "j1", "j3");
    }
  }

  /** The first pass reads the file in blocks of 64 KiB: a key or id cut by a block's end is whole. */
  @Test
  void stream_touchpointIdRepeated_isFound_whereverABlockOfTheFileEnds() throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(40);
    String json = renamedIn(CxJson.write(portfolio), 30, "j30-t0", "j0-t0");
    int journeys = json.indexOf('[', json.indexOf("\"journeys\""));
    int key = json.indexOf("\"id\" : \"j0-t0\"", json.indexOf("\"id\" : \"j30\""));
    // Each cut falls at another byte of the key or the id: "id" : "j0-t0".
    for (int cut = 0; cut <= 16; cut++) {
      String padded =
          json.substring(0, key)
              + " ".repeat(((key - journeys) / (1 << 16) + 1) * (1 << 16) - (key - journeys) - cut)
              + json.substring(key);
      List<Object> seen = drain(write("cut.json", padded));
      assertThat(seen).as("cut %d", cut).hasSize(40);
      assertThat(seen.get(30))
          .as("cut %d", cut)
          .isInstanceOfSatisfying(
              InputException.class, e -> assertThat(e.getMessage()).contains("'j0-t0'"));
    }
  }

  @Test
  void stream_journeyThatFailed_claimsNoTouchpointId() throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(3);
    String json = withUnknownCustomer(CxJson.write(portfolio), 1);
    json = renamedIn(json, 2, "j2-t0", "j1-t0");
    List<Object> seen = drain(write("failed.json", json));
    assertThat(((InputException) seen.get(1)).getMessage()).contains("'ghost' names no customer");
    // The journey that failed was not assessed: its ids are in no finding, and the next may use
    // them.
    assertThat(seen.get(2)).isEqualTo("j2");
  }

  @Test
  void stream_ofThousandsOfJourneys_failsExactlyThePlantedRepeats() throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(5).portfolio(3_000);
    String json = CxJson.write(portfolio);
    json = renamedIn(json, 2_900, "j2900-t0", "j5-t0");
    json = renamedIn(json, 1_234, "j1234-t1", "j1233-t1");
    List<Object> seen = drain(write("many.json", json));
    assertThat(seen).hasSize(3_000);
    List<String> failed = new ArrayList<>();
    for (Object o : seen) {
      if (o instanceof InputException e) {
        failed.add(e.journey() + " " + e.path());
      }
    }
    // About one in a hundred of the 20,000-odd ids is a candidate; none of them fails a journey.
    assertThat(failed)
        .containsExactly(
            "j1234 $.journeys[1234].touchpoints[1].id", "j2900 $.journeys[2900].touchpoints[0].id");
  }

  @Test
  void stream_truncatedAfterARepeat_failsTheRepeat_andSaysItIsTruncated() throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(4);
    String json = renamedIn(CxJson.write(portfolio), 1, "j1-t0", "j0-t0");
    String cut = json.substring(0, json.indexOf("\"id\" : \"j3\"") + 20);
    List<Object> seen = drain(write("cut-repeat.json", cut));
    assertThat(seen).hasSize(4);
    assertThat(((InputException) seen.get(1)).getMessage()).contains("'j0-t0'");
    assertThat(seen.get(2)).isEqualTo("j2");
    assertThat(((InputException) seen.get(3)).getMessage()).contains("truncated");
  }

  @Test
  void stream_keyGivenTwiceInAJourney_failsThatJourney_namingBothPositions() throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(3);
    String json =
        CxJson.write(portfolio)
            .replaceFirst(
                "\"customer\" : (\"cust-[0-9]+\")", "\"customer\" : $1, \"customer\" : $1");
    List<Object> seen = drain(write("dupkey.json", json));
    InputException e = (InputException) seen.get(0);
    assertThat(e.journey()).isEqualTo("j0");
    assertThat(e.getMessage())
        .containsPattern("duplicate key 'customer': first at line \\d+, column \\d+, again at");
    assertThat(seen.subList(1, 3)).containsExactly("j1", "j2");
  }

  @Test
  void stream_journeyOverTheValueLimit_isRejected_andTheOthersAreRead() throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(40);
    String json = CxJson.write(portfolio);
    List<Integer> sizes =
        portfolio.journeys().stream().map(j -> CxJson.write(j).length()).sorted().toList();
    int limit = sizes.get(sizes.size() / 2);
    List<String> large = new ArrayList<>();
    List<String> small = new ArrayList<>();
    for (Journey j : portfolio.journeys()) {
      int size = CxJson.write(j).length();
      if (size > limit) {
        large.add(j.id());
      } else if (size < limit / 2) {
        small.add(j.id());
      }
    }
    assertThat(large).isNotEmpty();
    assertThat(small).isNotEmpty();
    List<Object> seen = new ArrayList<>();
    try (PortfolioStream stream = PortfolioStream.open(write("large.json", json), limit)) {
      while (stream.hasNext()) {
        try {
          seen.add(stream.next().id());
        } catch (InputException e) {
          assertThat(e.getMessage())
              .contains(
                  "larger than the limit of "
                      + String.format("%,d", limit)
                      + " characters per value");
          seen.add("rejected " + e.journey());
        }
      }
    }
    assertThat(seen).hasSize(40);
    large.forEach(id -> assertThat(seen).contains("rejected " + id));
    assertThat(seen).containsAll(small);
  }

  /**
   * A value over one of the per-value limits (a text, a number's digits, nesting) inside a journey
   * fails that journey alone, at the value's own line, column and path, as the whole-file reader says
   * it; the stream goes on.
   */
  @Test
  void stream_textNumberOrNestingOverTheLimit_failsOnlyItsJourney_atTheValue() throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(3);
    String json = CxJson.write(portfolio);
    String longText = "x".repeat(CxJson.MAX_STRING_CHARS + 1);
    String longNumber = "1".repeat(1_001);
    String deep = "[".repeat(CxJson.MAX_NESTING_DEPTH) + "]".repeat(CxJson.MAX_NESTING_DEPTH);
    Map<String, String> cases =
        Map.of(
            "a text longer than the limit of 100,000 characters. Maybe shorten it",
            "\"" + longText + "\"",
            "a number longer than the limit of 1,000 digits. Maybe shorten it",
            longNumber,
            "values are nested deeper than the limit of 64 levels. Maybe flatten them",
            deep);
    for (Map.Entry<String, String> c : cases.entrySet()) {
      int second = json.indexOf("\"id\" : \"j1\"");
      String bad =
          json.substring(0, second) + "\"note\" : " + c.getValue() + ", " + json.substring(second);
      List<Object> seen = drain(write("limit.json", bad));
      assertThat(seen).hasSize(3);
      assertThat(seen.get(0)).isEqualTo("j0");
      assertThat(seen.get(2)).isEqualTo("j2");
      InputException e = (InputException) seen.get(1);
      assertThat(e.journey()).isEqualTo("j1");
      assertThat(e.getMessage()).contains(c.getKey());
      assertThat(e.path()).startsWith("$.journeys[1].note");
      int line = (int) bad.substring(0, second).lines().count();
      assertThat(e.line()).isEqualTo(line);
    }
  }

  @Test
  void stream_portfolioLevelFacts_areRead_wherever_theyAre() throws IOException {
    Path file =
        write(
            "feeds.json",
            "{\"journeys\": [], \"brands\": [{\"id\": \"b\", \"name\": \"B\"}],"
                + " \"feeds\": [{\"id\": \"f1\", \"party\": \"b\", \"type\": \"INVENTORY\","
                + " \"lastUpdatedAt\": \"2026-03-01T00:00:00Z\", \"observedAt\": \"2026-03-02T00:00:00Z\"}]}");
    try (PortfolioStream stream = PortfolioStream.open(file)) {
      assertThat(stream.parties().feeds()).extracting(f -> f.id()).containsExactly("f1");
      assertThat(stream.hasNext()).isFalse();
    }
  }

  @Test
  void open_missingFile_saysSo() {
    assertThatThrownBy(() -> PortfolioStream.open(dir.resolve("nope.json")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no such file");
  }
}
