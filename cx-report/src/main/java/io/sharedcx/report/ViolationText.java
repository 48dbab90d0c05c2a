package io.sharedcx.report;

import io.sharedcx.model.finding.Violation;
import java.util.stream.Collectors;

/**
 * A violation in words, the same everywhere it is shown: in the text report, in {@code --explain}, and
 * in test failure messages. Every value taken from input or rules is passed through
 * {@link Printable#escape}, so each line stays one line.
 */
public final class ViolationText {
  private static final String INDENT = "          ";

  private ViolationText() {}

  /**
   * One line: standard, severity, responsible party and why, message, evidence and rule, e.g.
   * {@code PROMISE-PACKING-SLIP-BRANDING MEDIUM against gourmet (shipped without the brand's slip): Parcel
   * s1 ... [evidence shipment:s1, order:o1; rule "Parcel without packing slip"]}. For lists in test
   * failure messages.
   *
   * @param v the violation
   * @return the line, without a line separator
   */
  public static String oneLine(Violation v) {
    return Printable.escape(v.standard())
        + " "
        + v.severity()
        + " against "
        + Printable.escape(v.responsibleParty())
        + " ("
        + Printable.escape(v.responsibility())
        + "): "
        + Printable.escape(v.message())
        + " [evidence "
        + evidence(v)
        + "; rule \""
        + Printable.escape(v.rule())
        + "\"]";
  }

  /**
   * The two lines of the text report: {@code VIOLATION} with severity, standard, party and message, then
   * why that party and the evidence.
   *
   * @param v the violation
   * @return the lines, each ended by {@code %n}
   */
  public static String lines(Violation v) {
    return lines(v, Names.NONE);
  }

  /**
   * The two lines of the text report, with the responsible party's name beside its id on the first
   * line ({@code against QuickShip Logistics (quickship)}) and each product's beside its id in the
   * evidence.
   *
   * @param v the violation
   * @param names the names of the portfolio's parties and products
   * @return the lines, each ended by {@code %n}
   */
  public static String lines(Violation v, Names names) {
    return String.format(
        "VIOLATION %-8s %-30s against %s: %s%n" + INDENT + "why %s: %s; evidence [%s]%n",
        v.severity(),
        Printable.escape(v.standard()),
        names.party(v.responsibleParty()),
        Printable.escape(v.message()),
        Printable.escape(v.responsibleParty()),
        Printable.escape(v.responsibility()),
        evidence(v, names));
  }

  /**
   * Why the violation was found, as {@code --explain} shows it beneath the violation: its id, the rule and
   * standard (with the standard's doc page), the facts matched, and why the responsible party answers.
   *
   * @param v the violation
   * @return four lines, each ended by {@code %n}
   */
  public static String explanation(Violation v) {
    return String.format(
        "EXPLAIN   %s%n"
            + INDENT
            + "rule \"%s\" of %s (%s); doc page %s%n"
            + INDENT
            + "matched %s%n"
            + INDENT
            + "%s answers for it because it %s%n",
        Printable.escape(v.id()),
        Printable.escape(v.rule()),
        Printable.escape(v.standard()),
        Printable.escape(v.title()),
        Printable.escape(docPage(v)),
        evidence(v),
        Printable.escape(v.responsibleParty()),
        Printable.escape(v.responsibility()));
  }

  /**
   * The doc page of the violation's standard, relative to the repository root.
   *
   * @param v the violation
   * @return e.g. {@code docs/standards/PROMISE-PACKING-SLIP-BRANDING.md}
   */
  public static String docPage(Violation v) {
    return "docs/standards/" + v.standard() + ".md";
  }

  /** The evidence as {@code kind:id, kind:id}, escaped. */
  static String evidence(Violation v) {
    return evidence(v, Names.NONE);
  }

  /** The evidence as {@code kind:id, kind:id}, escaped, with a product's name beside its id. */
  static String evidence(Violation v, Names names) {
    return v.evidence().stream()
        .map(
            e ->
                e.kind().equals("product")
                    ? Printable.escape(e.kind()) + ":" + names.product(e.id())
                    : Printable.escape(e))
        .collect(Collectors.joining(", "));
  }
}
