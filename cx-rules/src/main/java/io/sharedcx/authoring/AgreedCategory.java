package io.sharedcx.authoring;

/**
 * The category a party's listings of a product belong in, as the partnership in force agreed it in its
 * {@link io.sharedcx.model.Agreement#categoryMap() category map}: one fact per party and product of a
 * journey whose master category the map names, e.g. "Toys &gt; Building sets" at the brand mapped to "Toys &amp;
 * Games &gt; Building Toys" at the retailer. Rules match it beside the listing, e.g. {@code AgreedCategory(
 * party == $o.party(), product == $o.product(), $category : category )}; a violation that cites it names the
 * partnership as evidence.
 *
 * @param party the party whose listings are judged (the partner in the partnership)
 * @param product the product listed
 * @param master the product's master category
 * @param category the partner's category the listing belongs in
 * @param partnership the partnership whose agreement maps it
 */
public record AgreedCategory(
    String party, String product, String master, String category, String partnership) {}
