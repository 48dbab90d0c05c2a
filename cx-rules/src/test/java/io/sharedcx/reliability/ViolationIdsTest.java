package io.sharedcx.reliability;

import static io.sharedcx.rules.Given.at;
import static io.sharedcx.rules.Given.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Channel;
import io.sharedcx.model.ComplaintReason;
import io.sharedcx.model.Condition;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.ServiceAction;
import io.sharedcx.model.ServiceContact;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.Window;
import io.sharedcx.rules.Given;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Violation ids are unambiguous whatever the ids they are made of, and independent of input order. */
class ViolationIdsTest {
  static final CxEngine ENGINE = CxEngine.builder().build();

  @Test
  void idsWithTheSeparator_neverCollide() {
    // Partner p with shipment x:y and partner p:x with shipment y gave the same id p:x:y.
    Portfolio portfolio =
        Given.journey()
            .with(Given.order("o1", "shop", 0).build())
            .with(Given.shipment("x:y", "o1", "p", 1).condition(Condition.DAMAGED).build())
            .with(Given.shipment("y", "o1", "p:x", 1).condition(Condition.DAMAGED).build())
            .portfolio();
    List<Violation> damaged = ENGINE.assess(portfolio).violationsOf("PROMISE-PACKAGING-PROTECTIVE");
    assertThat(damaged)
        .extracting(Violation::responsibleParty)
        .containsExactlyInAnyOrder("p", "p:x");
    assertThat(damaged)
        .extracting(Violation::id)
        .doesNotHaveDuplicates()
        .contains("PROMISE-PACKAGING-PROTECTIVE:p\\:x:y:Damaged parcel packed below spec");
  }

  @Test
  void outerLoopViolationId_doesNotDependOnTheOrderOfJourneys() {
    ComplaintReason[] reasons = {
      ComplaintReason.DAMAGED, ComplaintReason.LATE, ComplaintReason.WRONG_ITEM
    };
    List<Journey> journeys = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Portfolio one =
          Given.journey()
              .with(complaint("c" + i, "brand", "shop", i).reason(reasons[i]).build())
              .with(
                  ServiceContact.builder()
                      .id("fix" + i)
                      .at(at(i + 5))
                      .channel(Channel.EMAIL)
                      .party("shop")
                      .complaint("c" + i)
                      .action(ServiceAction.RESOLUTION)
                      .rootCause("PICKING")
                      .build())
              .portfolio();
      journeys.add(Journey.builder().from(one.journeys().get(0)).id("j" + i).build());
    }
    Portfolio base = Given.journey().with(complaint("c0", "brand", "shop", 0).build()).portfolio();
    Portfolio inOrder = Portfolio.builder().from(base).journeys(journeys).build();
    List<Journey> reversed = new ArrayList<>(journeys);
    Collections.reverse(reversed);
    Portfolio backwards = Portfolio.builder().from(base).journeys(reversed).build();
    Window window = Window.of(at(-1), at(24 * 30));
    List<Violation> a =
        ENGINE.assessWindow(inOrder, window).violations().stream()
            .filter(v -> v.standard().equals("SERVICE-OUTER-LOOP"))
            .toList();
    List<Violation> b =
        ENGINE.assessWindow(backwards, window).violations().stream()
            .filter(v -> v.standard().equals("SERVICE-OUTER-LOOP"))
            .toList();
    assertThat(a).hasSize(1);
    assertThat(b)
        .extracting(Violation::id)
        .containsExactlyElementsOf(a.stream().map(Violation::id).toList());
    assertThat(b.get(0).evidence()).isEqualTo(a.get(0).evidence());
  }
}
