package io.sharedcx.model.finding;

/** What a driver of a window metric's failures is: a carrier, a fulfilment node or a product. */
public enum DriverDimension {
  /** The carrier that carried the failed parcels. */
  CARRIER,
  /** The fulfilment node (the warehouse or store that packed or handed over) of the failed cases. */
  NODE,
  /** A product in the failed cases. */
  PRODUCT
}
