package io.sharedcx.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.test.SyntheticPortfolios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioStreamTest {
  @TempDir
  Path dir;

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
  void stream_fieldAfterJourneys_saysToMoveJourneysLast() throws IOException {
    Path file = Files.writeString(dir.resolve("late.json"),
        "{\"journeys\": [], \"brands\": [{\"id\": \"b\", \"name\": \"B\"}]}");
    assertThatThrownBy(() -> {
      try (PortfolioStream stream = PortfolioStream.open(file)) {
        stream.forEachRemaining(j -> { });
      }
    }).isInstanceOf(InputException.class)
        .hasMessageContaining("$.brands")
        .hasMessageContaining("Maybe move 'journeys' to the end");
  }

  @Test
  void stream_journeyNamingUnknownCustomer_namesTheJourneyIndex() throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(3);
    String json = CxJson.write(portfolio).replaceFirst("\"customer\" : \"cust-[0-9]+\"", "\"customer\" : \"ghost\"");
    Path file = Files.writeString(dir.resolve("ghost.json"), json);
    assertThatThrownBy(() -> {
      try (PortfolioStream stream = PortfolioStream.open(file)) {
        stream.forEachRemaining(j -> { });
      }
    }).isInstanceOf(InputException.class)
        .hasMessageContaining("$.journeys[0]")
        .hasMessageContaining("Journey.customer = 'ghost' names no customer");
  }

  @Test
  void stream_malformedTouchpoint_namesItsFullPath() throws IOException {
    Portfolio portfolio = new SyntheticPortfolios(11).portfolio(2);
    String json = CxJson.write(portfolio);
    int second = json.indexOf("\"id\" : \"j1\"");
    json = json.substring(0, second) + json.substring(second).replaceFirst("\"channel\" : \"WEB\"", "\"channel\" : \"FAX\"");
    Path file = Files.writeString(dir.resolve("fax.json"), json);
    assertThatThrownBy(() -> {
      try (PortfolioStream stream = PortfolioStream.open(file)) {
        stream.forEachRemaining(j -> { });
      }
    }).isInstanceOf(InputException.class)
        .hasMessageContaining("$.journeys[1].touchpoints[0].channel")
        .hasMessageContaining("Maybe one of: WEB");
  }

  @Test
  void open_missingFile_saysSo() {
    assertThatThrownBy(() -> PortfolioStream.open(dir.resolve("nope.json")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no such file");
  }
}
