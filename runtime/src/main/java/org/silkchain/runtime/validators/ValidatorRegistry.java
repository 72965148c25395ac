package org.silkchain.runtime.validators;

import java.util.List;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.state.StateAccess;

/**
 * The validator set as state holds it (CONTRACT: implemented by the validator-set work): genesis
 * writes the initial set, governance changes it through {@link #add} and {@link #remove}, and the
 * node, after finalizing a block whose writes touched it, hands the difference to consensus as
 * validator updates that take effect at the next epoch boundary.
 */
public final class ValidatorRegistry {
  private ValidatorRegistry() {}

  /** A validator: its consensus key, voting power, the member that operates it, its address. */
  public record Entry(PublicKey key, long power, AccountId operator, String address) {}

  /** The set in state, in key order. */
  public static List<Entry> entries(StateAccess state) {
    throw new UnsupportedOperationException("contract: implemented by the validator-set work");
  }

  /** Adds or re-weights a validator; refuses a power of 0 or a set over the maximum size. */
  public static void add(ExecutionContext ctx, Entry entry) {
    throw new UnsupportedOperationException("contract: implemented by the validator-set work");
  }

  /** Removes a validator; refuses to leave fewer than 1 (or the configured minimum). */
  public static void remove(ExecutionContext ctx, PublicKey key) {
    throw new UnsupportedOperationException("contract: implemented by the validator-set work");
  }
}
