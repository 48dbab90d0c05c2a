package io.sharedcx.rules.promise;

import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.order;
import static io.sharedcx.rules.Given.shipment;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.ContentIssue;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ItemAsDescribedTest {
  static final String ID = "PROMISE-ITEM-AS-DESCRIBED";

  @ParameterizedTest
  @EnumSource(
      value = ContentIssue.class,
      names = {"WRONG_ITEM", "SUBSTITUTED", "MISSING_ITEM"})
  void pickingError_isThePackersViolation(ContentIssue issue) {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "gourmet", 72).contentIssue(issue).build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("gourmet");
              assertThat(v.message()).contains(issue.name());
            });
  }

  @Test
  void itemNotAsDescribed_isTheListingOwnersViolation() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "gourmet", 72)
                    .contentIssue(ContentIssue.NOT_AS_DESCRIBED)
                    .build())
            .assess(ID);
    assertThat(a.violations()).extracting(Violation::responsibleParty).containsExactly("site");
    assertThat(a.recommendations())
        .singleElement()
        .satisfies(r -> assertThat(r.action()).contains("Correct the listing"));
  }

  @Test
  void contentsAsOrdered_isSilent() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "gourmet", 72).contentIssue(ContentIssue.NONE).build())
            .assess(ID);
    assertThat(a.violations()).isEmpty();
  }
}
