package org.silkchain.iso20022.pacs002;

/**
 * The status of one payment transaction ({@code ExternalPaymentTransactionStatus1Code}), the codes
 * a shared-ledger settlement can report.
 */
public enum TransactionStatus {
  /** Technical validation passed (syntax, signatures). */
  ACTC,
  /** Customer profile checks passed. */
  ACCP,
  /** Accepted, settlement in process. */
  ACSP,
  /** Settlement completed: on Silkchain, the settling block committed. */
  ACSC,
  /** Settlement completed and the creditor's account credited. */
  ACCC,
  /** Accepted with a change (for example a corrected date). */
  ACWC,
  /** Pending further checks. */
  PDNG,
  /** Rejected; a status reason says why. */
  RJCT
}
