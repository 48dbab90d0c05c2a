package io.sharedcx.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.InputException;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {

  @Test
  void portfolio_roundTripsExactly() {
    Portfolio portfolio = Fixtures.portfolio();
    String json = CxJson.write(portfolio);
    assertThat(json).contains("\"kind\" : \"shipment\"");
    assertThat(CxJson.readPortfolio(json, "test.json")).isEqualTo(portfolio);
  }

  @Test
  void read_unknownField_namesFieldAndLine() {
    String json = "{\n \"brands\": [ { \"id\": \"b\", \"name\": \"B\", \"colour\": \"red\" } ] }";
    assertThatThrownBy(() -> CxJson.readPortfolio(json, "in.json"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("in.json:2:")
        .hasMessageContaining("$.brands[0].colour")
        .hasMessageContaining("unknown field 'colour'");
  }

  @Test
  void read_negativeQuantity_namesTypeFieldAndValue() {
    String json = CxJson.write(Fixtures.portfolio()).replace("\"quantity\" : 7", "\"quantity\" : -7");
    assertThatThrownBy(() -> CxJson.readPortfolio(json, "in.json"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("OrderLine.quantity = -7 is not valid: expected a positive whole number");
  }

  @Test
  void read_unknownKind_listsKinds() {
    String json = CxJson.write(Fixtures.portfolio()).replace("\"kind\" : \"order\"", "\"kind\" : \"ordr\"");
    assertThatThrownBy(() -> CxJson.readPortfolio(json, "in.json"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown kind 'ordr'")
        .hasMessageContaining("$.journeys[0].touchpoints[0]");
  }
}
