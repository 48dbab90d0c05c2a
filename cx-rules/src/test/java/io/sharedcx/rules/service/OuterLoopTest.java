package io.sharedcx.rules.service;

import static io.sharedcx.rules.Given.at;
import static io.sharedcx.rules.Given.complaint;
import static io.sharedcx.rules.Given.journey;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Channel;
import io.sharedcx.model.ComplaintReason;
import io.sharedcx.model.ServiceAction;
import io.sharedcx.model.ServiceContact;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.finding.WindowAssessment;
import io.sharedcx.rules.Given;
import org.junit.jupiter.api.Test;

/** SERVICE-OUTER-LOOP groups complaints by the root cause their resolutions name, when they name one. */
class OuterLoopTest {
  static final Window WINDOW = Window.of(at(-1), at(24 * 30));
  static final ComplaintReason[] REASONS = {
    ComplaintReason.DAMAGED, ComplaintReason.LATE, ComplaintReason.WRONG_ITEM
  };

  static Given threeComplaints(boolean rootCauses) {
    Given given = journey();
    for (int i = 0; i < 3; i++) {
      given.with(complaint("c" + i, "brand", "shop", i).reason(REASONS[i]).build());
      if (rootCauses) {
        given.with(
            ServiceContact.builder()
                .id("fix" + i)
                .at(at(i + 5))
                .channel(Channel.EMAIL)
                .party("shop")
                .complaint("c" + i)
                .action(ServiceAction.RESOLUTION)
                .rootCause("PICKING")
                .build());
      }
    }
    return given;
  }

  @Test
  void threeComplaintsWithOneResolvedRootCause_areOneSignal_differentReasonsAlone_areNot() {
    CxEngine engine = CxEngine.builder().build();
    WindowAssessment withCauses = engine.assessWindow(threeComplaints(true).portfolio(), WINDOW);
    assertThat(withCauses.violations())
        .filteredOn(v -> v.standard().equals("SERVICE-OUTER-LOOP"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("shop");
              assertThat(v.responsibility()).contains("PICKING");
            });
    WindowAssessment withoutCauses =
        engine.assessWindow(threeComplaints(false).portfolio(), WINDOW);
    assertThat(withoutCauses.violations())
        .extracting(Violation::standard)
        .doesNotContain("SERVICE-OUTER-LOOP");
  }

  static Given threeComplaints(ComplaintReason reason, String about, String rootCause) {
    Given given = journey();
    for (int i = 0; i < 3; i++) {
      given.with(
          complaint("c" + i, "brand", about, i).reason(reason).product("sku-1").build(),
          ServiceContact.builder()
              .id("fix" + i)
              .at(at(i + 5))
              .channel(Channel.EMAIL)
              .party(about)
              .complaint("c" + i)
              .action(ServiceAction.RESOLUTION)
              .rootCause(rootCause)
              .build());
    }
    return given;
  }

  static String owner(Given given) {
    return CxEngine.builder().build().assessWindow(given.portfolio(), WINDOW).violations().stream()
        .filter(v -> v.standard().equals("SERVICE-OUTER-LOOP"))
        .map(Violation::responsibleParty)
        .reduce((a, b) -> a + "," + b)
        .orElse("none");
  }

  /** Fails before the root cause decided the owner: "not as described" made the brand own a picking error. */
  @Test
  void knownRootCause_decidesTheOwner_notTheComplaintsReason() {
    assertThat(owner(threeComplaints(ComplaintReason.NOT_AS_DESCRIBED, "shop", "PICKING")))
        .isEqualTo("shop");
    assertThat(owner(threeComplaints(ComplaintReason.DAMAGED, "shop", "packaging")))
        .isEqualTo("brand");
  }
}
