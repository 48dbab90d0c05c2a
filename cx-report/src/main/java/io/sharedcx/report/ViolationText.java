package io.sharedcx.report;

import io.sharedcx.model.Unit;
import io.sharedcx.model.finding.AppliedThreshold;
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
            evidence(v, names))
        + chain(v, names);
  }

  /**
   * The chain line of the text report, when the party at fault is not the one the customer dealt with:
   * {@code chain: the customer dealt with Meridian (meridian); brand Halden Audio (halden); partnership
   * meridian-dropline}; empty otherwise. The brand is left out when it is the responsible party or the
   * customer-facing party.
   *
   * @param v the violation
   * @param names the names of the portfolio's parties
   * @return the line, ended by {@code %n}, or empty
   */
  public static String chain(Violation v, Names names) {
    String facing = v.customerFacingParty();
    if (facing == null || facing.equals(v.responsibleParty())) {
      return "";
    }
    StringBuilder line =
        new StringBuilder(INDENT)
            .append("chain: the customer dealt with ")
            .append(names.party(facing));
    if (v.brand() != null && !v.brand().equals(v.responsibleParty()) && !v.brand().equals(facing)) {
      line.append("; brand ").append(names.party(v.brand()));
    }
    if (v.partnership() != null) {
      line.append("; partnership ").append(Printable.escape(v.partnership()));
    }
    return line.append(System.lineSeparator()).toString();
  }

  /**
   * Why the violation was found, as {@code --explain} shows it beneath the violation: its id, the rule and
   * standard (with the standard's doc page), the facts matched, why the responsible party answers, and a
   * line per threshold that decided it (see {@link #threshold}).
   *
   * @param v the violation
   * @return four lines and one per threshold, each ended by {@code %n}
   */
  public static String explanation(Violation v) {
    StringBuilder text =
        new StringBuilder(
            String.format(
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
                Printable.escape(v.responsibility())));
    for (AppliedThreshold t : v.thresholds()) {
      text.append(String.format(INDENT + "threshold %s%n", threshold(t)));
    }
    return text.toString();
  }

  /**
   * A threshold that decided a finding, in words, escaped: key, value with its unit, the party, agreed or
   * default, the partnership whose agreement was in force and the source, e.g. {@code maxHandlingHours =
   * 1 h for packer, agreed in partnership p1-brand-b-packer (B annex)} or {@code windowTarget = 0.04
   * (4 %) for packer, the pack's default under partnership p1 (Amazon late shipment rate...)}.
   *
   * @param t the threshold
   * @return one line, without a line separator
   */
  public static String threshold(AppliedThreshold t) {
    return Printable.escape(words(t));
  }

  /** {@link #threshold} unescaped, for formats that escape as they write (JSON). */
  static String words(AppliedThreshold t) {
    String origin;
    if (t.agreed()) {
      origin = t.partnership() == null ? "agreed" : "agreed in partnership " + t.partnership();
    } else {
      origin =
          t.partnership() == null
              ? "the pack's default"
              : "the pack's default under partnership " + t.partnership();
    }
    return t.key()
        + " = "
        + amount(t.value(), t.unit())
        + " for "
        + t.party()
        + ", "
        + origin
        + " ("
        + t.provenance().source()
        + ")";
  }

  /** A threshold's number with its unit: {@code 48 h}, {@code 30 days}, {@code 0.04 (4 %)}, {@code 26x}. */
  static String amount(double value, Unit unit) {
    String number =
        value == Math.rint(value) && Math.abs(value) < 1e15
            ? Long.toString((long) value)
            : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    if (unit == null) {
      return number;
    }
    return switch (unit) {
      case HOURS -> number + " h";
      case DAYS -> number + " days";
      case FRACTION ->
          number
              + " ("
              + java.math.BigDecimal.valueOf(value * 100)
                  .setScale(2, java.math.RoundingMode.HALF_UP)
                  .stripTrailingZeros()
                  .toPlainString()
              + " %)";
      case MONEY -> number + " (money)";
      case COUNT -> number;
      case FACTOR -> number + "x";
      case CELSIUS -> number + " °C";
    };
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
