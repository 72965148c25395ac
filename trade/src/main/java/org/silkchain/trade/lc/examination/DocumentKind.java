package org.silkchain.trade.lc.examination;

/** The documents a credit can require; the ordinal is the encoding, so only append. */
public enum DocumentKind {
  COMMERCIAL_INVOICE,
  TRANSPORT_DOCUMENT,
  INSURANCE_CERTIFICATE,
  PACKING_LIST,
  CERTIFICATE_OF_ORIGIN
}
