package org.silkchain.iso20022.camt053;

/** Whether an entry or balance is a credit or a debit ({@code CreditDebitCode}). */
public enum CreditDebit {
  /** Money in: the balance grows. */
  CRDT,
  /** Money out: the balance shrinks. */
  DBIT
}
