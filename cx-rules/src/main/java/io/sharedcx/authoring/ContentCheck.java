package io.sharedcx.authoring;

import io.sharedcx.model.Offer;
import io.sharedcx.model.Product;
import java.util.Map;
import java.util.TreeMap;

/** Compares a listing's critical attributes with the brand's master data, for rules ({@code import function}). */
public final class ContentCheck {
  private ContentCheck() {}

  /**
   * The critical attributes a listing shows differently from the master data, as "name: listed 'x',
   * master 'y'", joined with "; "; empty when they match. Attributes the listing does not show are not
   * compared (that is a completeness question, not an accuracy one).
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
          if (listed != null && !listed.trim().equalsIgnoreCase(value.trim())) {
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
}
