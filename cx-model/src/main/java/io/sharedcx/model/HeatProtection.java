package io.sharedcx.model;

/** How a parcel was protected against heat on its way to the customer. */
public enum HeatProtection {
  /** Packed as any other parcel: no insulation, no coolant. */
  NONE,
  /** An insulated shipper or liner. */
  INSULATED,
  /** An insulated shipper with ice or gel packs. */
  INSULATED_WITH_COOLANT
}
