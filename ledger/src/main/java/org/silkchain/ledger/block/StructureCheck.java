package org.silkchain.ledger.block;

/**
 * The outcome of {@link Block#verifyStructure}: valid, or the first problem found with where. These
 * checks need no state and no signature verification.
 */
public sealed interface StructureCheck {
  /** Why a block is malformed; the names are stable codes. */
  enum Problem {
    /** The header's transaction count is not the number of transactions. */
    TRANSACTION_COUNT_MISMATCH,
    /** A transaction names another chain than the header. */
    CHAIN_ID_MISMATCH,
    /** A transaction's validity window does not contain the block height. */
    OUTSIDE_VALIDITY_WINDOW,
    /** Two transactions have the same id. */
    DUPLICATE_TRANSACTION,
    /** The header's transactions root is not the Merkle root of the transaction ids. */
    TRANSACTIONS_ROOT_MISMATCH,
  }

  record Valid() implements StructureCheck {}

  /**
   * @param transactionIndex the offending transaction, or -1 for a problem of the block as a whole
   */
  record Invalid(Problem problem, int transactionIndex, String detail) implements StructureCheck {}

  StructureCheck VALID = new Valid();

  default boolean isValid() {
    return this instanceof Valid;
  }
}
