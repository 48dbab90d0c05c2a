package io.sharedcx.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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

/** A portfolio may name its JSON Schema at the top level, for editors; nowhere else. */
class SchemaKeyTest {
  static final String VALID = CxJson.write(new SyntheticPortfolios(3).portfolio(2));

  @Test
  void readPortfolio_ignoresATopLevelSchemaText() {
    String json = VALID.replaceFirst("\\{", "{\"\\$schema\": \"../docs/portfolio.schema.json\",");

    Portfolio read = CxJson.readPortfolio(json, "with-schema.json");

    assertThat(read).isEqualTo(CxJson.readPortfolio(VALID, "plain.json"));
  }

  @TempDir Path dir;

  @Test
  void portfolioStream_ignoresATopLevelSchemaText() throws IOException {
    Portfolio portfolio = CxJson.readPortfolio(VALID, "plain.json");
    Path file =
        Files.writeString(
            dir.resolve("p.json"),
            VALID.replaceFirst("\\{", "{\"\\$schema\": \"portfolio.schema.json\","));
    List<Journey> streamed = new ArrayList<>();

    try (PortfolioStream stream = PortfolioStream.open(file)) {
      assertThat(stream.parties().partners()).isEqualTo(portfolio.partners());
      stream.forEachRemaining(streamed::add);
    }

    assertThat(streamed).isEqualTo(portfolio.journeys());
  }

  @Test
  void readPortfolio_rejectsASchemaKeyInsideAJourney() {
    String json =
        VALID.replaceFirst("\"journeys\" : \\[ \\{", "\"journeys\" : [ {\"\\$schema\": \"x\",");
    assertThat(json).isNotEqualTo(VALID);

    Throwable thrown = catchThrowable(() -> CxJson.readPortfolio(json, "nested.json"));

    assertThat(thrown)
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown field '$schema'");
  }

  @Test
  void readPortfolio_rejectsASchemaKeyThatIsNotText() {
    String json = VALID.replaceFirst("\\{", "{\"\\$schema\": 7,");

    Throwable thrown = catchThrowable(() -> CxJson.readPortfolio(json, "number.json"));

    assertThat(thrown)
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown field '$schema'");
  }
}
