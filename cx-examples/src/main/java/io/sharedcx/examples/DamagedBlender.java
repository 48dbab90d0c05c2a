package io.sharedcx.examples;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Agreement;
import io.sharedcx.model.Brand;
import io.sharedcx.model.Channel;
import io.sharedcx.model.Complaint;
import io.sharedcx.model.ComplaintReason;
import io.sharedcx.model.Condition;
import io.sharedcx.model.Customer;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Order;
import io.sharedcx.model.OrderLine;
import io.sharedcx.model.Partner;
import io.sharedcx.model.PartnerRole;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Product;
import io.sharedcx.model.ServiceAction;
import io.sharedcx.model.ServiceContact;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.Term;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Violation;
import java.time.Instant;

/**
 * A portfolio built in Java with the model's builders, as the README shows it: a brand sells a fragile
 * blender on its web shop, its fulfilment partner packs it below the brand's packaging spec and it arrives
 * damaged; the customer complains to the brand, which takes a day to relay the complaint although the
 * partnership agreed 12 hours. The code between the snippet markers is the README's copy, word for word
 * ({@code ReadmeSnippetTest} keeps the two equal).
 */
public final class DamagedBlender {
  private DamagedBlender() {}

  /**
   * Builds the portfolio, assesses it with the default standard pack and prints the findings.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    assess();
  }

  /**
   * Builds the portfolio, assesses it and prints each finding on standard output.
   *
   * @return the assessment
   */
  public static Assessment assess() {
    // snippet: portfolio-in-java
    Portfolio portfolio =
        Portfolio.builder()
            .addBrands(Brand.builder().id("brightline").name("Brightline Appliances").build())
            .addPartners(
                Partner.builder()
                    .id("quickship")
                    .name("QuickShip Logistics")
                    .addRoles(PartnerRole.FULFILMENT)
                    .build())
            .addPartnerships(
                Partnership.builder()
                    .id("brightline-quickship")
                    .brand("brightline")
                    .partner("quickship")
                    .agreement(
                        Agreement.builder()
                            .addTerms( // relay a complaint within 12 h instead of the pack's
                                // default
                                Term.agreed(
                                    "SERVICE-COMPLAINT-RELAY", "maxHours", 12, "Service annex, 3"))
                            .build())
                    .build())
            .addProducts(
                Product.builder()
                    .id("blender")
                    .name("Blender Pro 900")
                    .brand("brightline")
                    .fragile(true)
                    .build())
            .addCustomers(Customer.builder().id("lee").build())
            .addJourneys(
                Journey.builder()
                    .id("blender-order")
                    .customer("lee")
                    .addTouchpoints(
                        Order.builder()
                            .id("o1")
                            .at(Instant.parse("2026-04-10T10:00:00Z"))
                            .channel(Channel.WEB)
                            .party("brightline")
                            .seller("brightline")
                            .addLines(OrderLine.of("blender", 1))
                            .build(),
                        Shipment.builder()
                            .id("s1")
                            .at(Instant.parse("2026-04-14T16:00:00Z"))
                            .channel(Channel.PARCEL)
                            .party("quickship")
                            .order("o1")
                            .packedBy("quickship")
                            .addProducts("blender")
                            .packagingSpecMet(false) // packed below the brand's spec
                            .condition(Condition.DAMAGED)
                            .build(),
                        Complaint.builder()
                            .id("c1")
                            .at(Instant.parse("2026-04-14T19:00:00Z"))
                            .channel(Channel.SOCIAL)
                            .party("brightline") // the customer told the brand
                            .order("o1")
                            .shipment("s1")
                            .about("quickship")
                            .reason(ComplaintReason.DAMAGED)
                            .build(),
                        ServiceContact.builder()
                            .id("relay1")
                            .at(Instant.parse("2026-04-15T19:00:00Z")) // a day later
                            .channel(Channel.EMAIL)
                            .party("brightline")
                            .complaint("c1")
                            .action(ServiceAction.RELAY)
                            .to("quickship")
                            .build())
                    .build())
            .build(); // checks every reference: an unknown party, product or customer throws

    Assessment assessment = CxEngine.builder().build().assess(portfolio);
    for (Violation v : assessment.violations()) {
      System.out.printf(
          "%s %s against %s: %s%n", v.standard(), v.severity(), v.responsibleParty(), v.message());
    }
    for (Recommendation r : assessment.recommendations()) {
      System.out.printf("%s owns: %s (due %s)%n", r.owner(), r.action(), r.dueBy());
    }
    // end snippet
    return assessment;
  }
}
