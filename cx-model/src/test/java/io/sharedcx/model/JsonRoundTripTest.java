package io.sharedcx.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.InputException;
import java.util.Arrays;
import java.util.List;
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
  void references_areBuiltOnceUnmodifiableAndNeverWritten() {
    Order order = Fixtures.order();
    Shipment parcel = Fixtures.partnerParcel();
    // Derived from the fields once, then the same value on every call: the engine reads them for
    // every journey.
    assertThat(order.productReferences()).isSameAs(order.productReferences());
    assertThat(order.partyReferences()).isSameAs(order.partyReferences());
    assertThat(parcel.partyReferences()).isSameAs(parcel.partyReferences());
    assertThat(order.partyReferences().keySet()).first().isEqualTo("seller");
    assertThatThrownBy(() -> order.partyReferences().put("seller", "someone-else"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> order.productReferences().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    String json = CxJson.write(Fixtures.portfolio());
    assertThat(json).doesNotContain("References");
  }

  @Test
  void partnership_readsTheBrandFormAndThePrincipalForm_writesPrincipal() {
    String json = CxJson.write(Fixtures.portfolio());
    assertThat(json).contains("\"id\" : \"site-gourmet\",\n    \"principal\" : \"site\"");
    Portfolio legacy =
        CxJson.readPortfolio(
            json.replace("\"principal\" : \"site\"", "\"brand\" : \"site\""), "old.json");
    assertThat(legacy).isEqualTo(Fixtures.portfolio());
    assertThat(legacy.partnerships().get(0).principal()).isEqualTo("site");
  }

  @Test
  void partnership_withBothBrandAndPrincipal_isRejectedAtTheSecond() {
    String json =
        "{\"brands\": [{\"id\": \"b\", \"name\": \"B\"}],\n"
            + " \"partners\": [{\"id\": \"p\", \"name\": \"P\", \"roles\": [\"RETAILER\"]}],\n"
            + " \"partnerships\": [{\"id\": \"b-p\", \"principal\": \"b\",\n"
            + "   \"brand\": \"p\", \"partner\": \"p\"}]}";
    assertThatThrownBy(() -> CxJson.readPortfolio(json, "in.json"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("in.json:4:")
        .hasMessageContaining(
            "'brand' and 'principal' (line 3, column 33) are two names of one field, given twice."
                + " Maybe keep 'principal' only.");
  }

  @Test
  void read_emptyDocument_namesLineOneColumnOne() {
    assertThatThrownBy(() -> CxJson.readPortfolio("", "empty.json"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("empty.json:1:1: ")
        .satisfies(
            e -> {
              assertThat(((InputException) e).line()).isEqualTo(1);
              assertThat(((InputException) e).column()).isEqualTo(1);
            });
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
    String json =
        CxJson.write(Fixtures.portfolio()).replace("\"quantity\" : 7", "\"quantity\" : -7");
    assertThatThrownBy(() -> CxJson.readPortfolio(json, "in.json"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(
            "OrderLine.quantity = -7 is not valid: expected a positive whole number");
  }

  @Test
  void read_unknownKind_listsKinds() {
    String json =
        CxJson.write(Fixtures.portfolio()).replace("\"kind\" : \"order\"", "\"kind\" : \"ordr\"");
    assertThatThrownBy(() -> CxJson.readPortfolio(json, "in.json"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown kind 'ordr'")
        .hasMessageContaining("$.journeys[0].touchpoints[0]")
        .satisfies(
            e ->
                assertThat(suggestedKinds(e.getMessage()))
                    .as("the kinds the message suggests")
                    .containsExactlyInAnyOrderElementsOf(modelKinds()));
  }

  /** The kinds after "Maybe one of:" in a message. */
  static List<String> suggestedKinds(String message) {
    String list = message.substring(message.indexOf("Maybe one of:") + "Maybe one of:".length());
    return Arrays.stream(list.split(",")).map(String::trim).toList();
  }

  /** The kinds the model declares on Touchpoint, as JSON names. */
  static List<String> modelKinds() {
    List<String> kinds =
        Arrays.stream(Touchpoint.class.getAnnotation(JsonSubTypes.class).value())
            .map(JsonSubTypes.Type::name)
            .toList();
    assertThat(kinds)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(TouchpointKind.values()).map(TouchpointKind::jsonName).toList());
    return kinds;
  }
}
