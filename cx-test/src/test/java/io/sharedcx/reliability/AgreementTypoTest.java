package io.sharedcx.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.sharedcx.engine.AgreementException;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Agreement;
import io.sharedcx.model.ModelException;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Term;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.test.SyntheticPortfolios;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A one-character typo in an agreement never silently loses findings: for a generated portfolio whose
 * partnerships agree standards lists and terms, a random insertion, deletion, substitution or
 * transposition of one character in any standard id or term key is either rejected (by the model when
 * the portfolio is built, or by the engine before it assesses) or leaves the findings exactly as they
 * were (QuickTheories, 400 examples).
 */
class AgreementTypoTest {
  static final CxEngine ENGINE = CxEngine.builder().build();
  static final String TYPING = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_. ";

  /** Standards every partner is held to, and the thresholds they agree below the pack's defaults. */
  static final Portfolio AGREED = agreed(new SyntheticPortfolios(11).portfolio(80));

  static final List<Violation> FOUND = ENGINE.assess(AGREED).violations();

  static Portfolio agreed(Portfolio base) {
    Set<String> standards = new TreeSet<>(ENGINE.standards().keySet());
    standards.remove("PROMISE-PACKING-SLIP-BRANDING");
    List<Partnership> partnerships = new ArrayList<>();
    for (Partnership p : base.partnerships()) {
      partnerships.add(
          Partnership.builder()
              .from(p)
              .agreement(
                  Agreement.builder()
                      .standards(standards)
                      .addTerms(
                          Term.agreed("SHIP-ON-TIME-DISPATCH", "maxHandlingHours", 12, "annex A"),
                          Term.agreed("DELIVERY-ON-TIME", "graceHours", 1, "annex A"),
                          Term.agreed("SERVICE-COMPLAINT-RELAY", "maxHours", 6, "annex B"),
                          Term.agreed(
                              "ORDER-STATUS-ACCURATE", "maxHoursToFirstScan", 12, "annex B"))
                      .build())
              .build());
    }
    return Portfolio.builder().from(base).partnerships(partnerships).build();
  }

  @Test
  void theAgreedPortfolio_isSound_andHasFindingsToLose() {
    assertThat(ENGINE.checkAgreements(AGREED)).isEmpty();
    assertThat(FOUND).hasSizeGreaterThan(10);
  }

  @Test
  void aOneCharacterTypo_isRejected_orLeavesTheFindingsUnchanged() {
    qt().withExamples(400)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              Portfolio typed;
              try {
                typed = withTypo(AGREED, random);
              } catch (ModelException rejectedByTheModel) {
                return;
              }
              if (!ENGINE.checkAgreements(typed).isEmpty()) {
                assertThatThrownBy(() -> ENGINE.assess(typed))
                    .isInstanceOf(AgreementException.class);
                return;
              }
              assertThat(ENGINE.assess(typed).violations())
                  .as("findings after a typo that no check rejected")
                  .isEqualTo(FOUND);
            });
  }

  /** {@code portfolio} with one character of one standard id or term key of one agreement mistyped. */
  static Portfolio withTypo(Portfolio portfolio, Random random) {
    List<Partnership> partnerships = new ArrayList<>(portfolio.partnerships());
    int which = random.nextInt(partnerships.size());
    Partnership p = partnerships.get(which);
    List<String> standards = new ArrayList<>(p.agreement().standards());
    List<Term> terms = new ArrayList<>(p.agreement().terms());
    int slot = random.nextInt(standards.size() + 2 * terms.size());
    if (slot < standards.size()) {
      standards.set(slot, typo(standards.get(slot), random));
    } else {
      int t = (slot - standards.size()) / 2;
      Term term = terms.get(t);
      Term.Builder typed = Term.builder().from(term);
      if ((slot - standards.size()) % 2 == 0) {
        typed.standard(typo(term.standard(), random));
      } else {
        typed.key(typo(term.key(), random));
      }
      terms.set(t, typed.build());
    }
    partnerships.set(
        which,
        Partnership.builder()
            .from(p)
            .agreement(Agreement.builder().standards(standards).terms(terms).build())
            .build());
    return Portfolio.builder().from(portfolio).partnerships(partnerships).build();
  }

  /** One insertion, deletion, substitution or transposition at a random place. */
  static String typo(String word, Random random) {
    StringBuilder s = new StringBuilder(word);
    int at = random.nextInt(word.length());
    char c = TYPING.charAt(random.nextInt(TYPING.length()));
    switch (random.nextInt(4)) {
      case 0 -> s.insert(at, c);
      case 1 -> s.deleteCharAt(at);
      case 2 -> s.setCharAt(at, c);
      default -> {
        if (at + 1 < s.length()) {
          char next = s.charAt(at + 1);
          s.setCharAt(at + 1, s.charAt(at));
          s.setCharAt(at, next);
        } else {
          s.append(c);
        }
      }
    }
    return s.toString();
  }
}
