package org.silkchain.iso20022.pacs008;

/** Who bears the charges of a transfer ({@code ChargeBearerType1Code}). */
public enum ChargeBearer {
  /** All charges are borne by the debtor ("OUR"). */
  DEBT,
  /** All charges are borne by the creditor ("BEN"). */
  CRED,
  /** Each side bears the charges of its own agent ("SHA"). */
  SHAR,
  /** Charges follow the rules of the service level or scheme. */
  SLEV
}
