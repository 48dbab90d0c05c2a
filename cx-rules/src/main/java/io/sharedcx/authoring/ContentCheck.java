package io.sharedcx.authoring;

import io.sharedcx.model.Offer;
import io.sharedcx.model.Product;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Compares a listing's critical attributes with the brand's master data, for rules ({@code import function}). */
public final class ContentCheck {
  private static final Pattern INCH_MARK =
      Pattern.compile("(\\d)\\s*(?:\"|''|\u2033|\u201d|\u201c|-?inch(?:es)?\\b)");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern LEVEL = Pattern.compile("[>/|]");

  private ContentCheck() {}

  /**
   * The critical attributes a listing shows differently from the master data, as "name: listed 'x',
   * master 'y'", joined with "; "; empty when they match. Values are compared after {@link
   * #normalised(String) normalising} case, spacing and unit spelling, so "256 GB" matches "256GB" and
   * 6.7" matches "6.7 in". Attributes the listing does not show are reported by {@link #missing}.
   *
   * @param master the product's master data
   * @param listing the offer as listed
   * @return the mismatches, or an empty string
   */
  public static String mismatches(Product master, Offer listing) {
    StringBuilder out = new StringBuilder();
    Map<String, String> sorted = new TreeMap<>(master.attributes());
    sorted.forEach(
        (name, value) -> {
          String listed = listing.attributes().get(name);
          if (listed != null && !normalised(listed).equals(normalised(value))) {
            out.append(out.length() == 0 ? "" : "; ")
                .append(name)
                .append(": listed '")
                .append(listed)
                .append("', master '")
                .append(value)
                .append("'");
          }
        });
    return out.toString();
  }

  /**
   * The critical attributes of the master data that a listing showing attributes leaves out (or shows
   * blank), as "name (master 'y')", joined with "; "; empty when it shows them all, or when it shows no
   * attributes at all (its content was not observed).
   *
   * @param master the product's master data
   * @param listing the offer as listed
   * @return the missing attributes, or an empty string
   */
  public static String missing(Product master, Offer listing) {
    if (listing.attributes().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    new TreeMap<>(master.attributes())
        .forEach(
            (name, value) -> {
              String listed = listing.attributes().get(name);
              if (listed == null || listed.isBlank()) {
                out.append(out.length() == 0 ? "" : "; ")
                    .append(name)
                    .append(" (master '")
                    .append(value)
                    .append("')");
              }
            });
    return out.toString();
  }

  /**
   * Whether a listing's category is the agreed one, compared as {@link #category(String)} writes them.
   *
   * @param listed the listing's category; null when the listing shows none
   * @param agreed the category agreed for it
   * @return whether they name the same category
   */
  public static boolean sameCategory(@Nullable String listed, String agreed) {
    return listed != null && category(listed).equals(category(agreed));
  }

  /**
   * A category path as compared: lower case, each level trimmed and its inner spacing collapsed, and the
   * levels joined with " &gt; " whichever of "&gt;", "/" or "|" separated them, so "Toys &amp; Games &gt;
   * Building Toys", "toys &amp; games/building  toys" and "Toys &amp; Games | Building Toys" are one
   * category.
   *
   * @param category a category path as written
   * @return the category as compared
   */
  public static String category(String category) {
    StringBuilder out = new StringBuilder();
    for (String level : LEVEL.split(category.toLowerCase(Locale.ROOT))) {
      String trimmed = SPACE.matcher(level.trim()).replaceAll(" ");
      if (!trimmed.isEmpty()) {
        out.append(out.length() == 0 ? "" : " > ").append(trimmed);
      }
    }
    return out.toString();
  }

  /**
   * An attribute value as compared: lower case, inch marks and words spelled {@code in}, and no
   * spaces, so "256 GB", "256GB" and "256 gb" are one value, and 6.7", 6.7 in and 6.7 inches are another.
   *
   * @param value an attribute value as written
   * @return the value as compared
   */
  public static String normalised(String value) {
    String lower = value.trim().toLowerCase(Locale.ROOT);
    String inches = INCH_MARK.matcher(lower).replaceAll("$1in");
    return SPACE.matcher(inches).replaceAll("");
  }
}
