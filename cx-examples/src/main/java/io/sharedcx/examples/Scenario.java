package io.sharedcx.examples;

import io.sharedcx.model.Portfolio;
import io.sharedcx.model.json.CxJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bundled scenarios, each a portfolio in the documented JSON input format. */
public enum Scenario {
  /** A buyer researches a building set on the brand's site and buys it at a local store that showed it in stock. */
  LEGO_BOUGHT_LOCALLY(
      "lego-bought-locally.json",
      "Researched on the brand's site, bought at the local store that showed stock"),
  /** The same trip, but the stock shown by the brand's buy button and the store's site was wrong. */
  LEGO_STOCK_SHOWN_WRONG(
      "lego-stock-shown-wrong.json",
      "The brand's buy button and the store's site both showed stock the store did not have"),
  /** A flash-sale order split between the site's own perfect parcel and a partner's crushed, note-less one. */
  FLASH_SALE_SPLIT_ORDER(
      "flash-sale-split-order.json",
      "Flash-sale order: the site's wine parcel is perfect, the partner's chocolate parcel is not"),
  /** A multichannel retailer's buy-online-pick-up-in-store order that the store could only half hand over. */
  MULTICHANNEL_PICKUP(
      "multichannel-pickup.json",
      "Buy online, pick up in store: the store could hand over only part of the order"),
  /** A customer complains to the brand about a partner's damaged parcel, and the brand redirects them. */
  COMPLAINT_TO_BRAND(
      "complaint-to-brand.json",
      "Complaint to the brand about a partner's parcel, redirected with no hand-off"),
  /** The same complaint, relayed to the partner within the agreed time. */
  COMPLAINT_HANDED_OFF(
      "complaint-handed-off.json",
      "The same complaint, relayed to the partner within the agreed 12 h"),
  /**
   * A multichannel retailer whose web store, shop shelf, status messages and service desk each tell the
   * customer something different.
   */
  MULTICHANNEL_RETAILER(
      "multichannel-retailer.json",
      "A multichannel retailer's channels disagree: stock, price, status, and a complaint told twice"),
  /**
   * A brand's headphones sold by a retailer and drop-shipped by the retailer's supplier: one parcel
   * late under the retailer's agreement with the supplier and branded by the supplier, one order never
   * shipped and left open.
   */
  DROP_SHIP_CHAIN(
      "drop-ship-chain.json",
      "Brand, retailer, the retailer's drop-ship supplier: each finding against the party at fault"),
  /**
   * The brand's building set on a marketplace that files it under dolls, against the agreed category
   * map, and shows the wrong piece count: a customer browsing for building sets never finds it.
   */
  CASTLE_SET_MISFILED(
      "castle-set-misfiled.json",
      "A marketplace files the building set under dolls and shows the wrong piece count");

  private final String file;
  private final String summary;

  Scenario(String file, String summary) {
    this.file = file;
    this.summary = summary;
  }

  /** The scenario's JSON file name. */
  public String file() {
    return file;
  }

  /** One line on what happens in it. */
  public String summary() {
    return summary;
  }

  /** Reads the scenario's portfolio from the class path. */
  public Portfolio portfolio() {
    String resource = "scenarios/" + file;
    try (InputStream in = Scenario.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "scenario file " + resource + " is missing from the class path");
      }
      return CxJson.readPortfolio(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
