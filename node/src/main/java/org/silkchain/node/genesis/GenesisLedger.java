package org.silkchain.node.genesis;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.validator.ValidatorSet;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.ledger.block.Block;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.node.execution.Account;
import org.silkchain.node.execution.StateKeys;
import org.silkchain.state.store.StateDelta;
import org.silkchain.state.tree.StateTree;
import org.silkchain.storage.CommittedBlock;

/**
 * The genesis block and initial state (version 0) a genesis defines: one account per member, owned
 * by its signing key ({@code AccountId.fromInitialKeys(hash, [signingKey])}, nonce 0), the member
 * registry, and the genesis hash itself. Every node computes the same block from the same genesis.
 */
public final class GenesisLedger {
  /** The genesis block, ready to append, and its state. */
  public record Initial(CommittedBlock block, StateDelta delta) {}

  private GenesisLedger() {}

  public static AccountId accountOf(GenesisMember member, HashFunction hash) {
    return AccountId.fromInitialKeys(hash, List.of(member.signingKey()));
  }

  /** {@code H(validator set encoding)}: what block headers carry as {@code validatorSetHash}. */
  public static Hash validatorSetHash(HashFunction hash, ValidatorSet set) {
    return hash.digest(ValidatorSet.CODEC.encode(set));
  }

  /** Builds the genesis block over {@code tree}, which must not hold version 0 yet. */
  public static Initial build(Genesis genesis, StateTree tree) {
    HashFunction hash = genesis.hashFunction();
    TreeMap<Bytes, Optional<Bytes>> state = new TreeMap<>();
    state.put(StateKeys.GENESIS_HASH, Optional.of(genesis.hash().bytes()));
    for (GenesisMember m : genesis.members()) {
      state.put(StateKeys.member(m.id()), Optional.of(GenesisMember.CODEC.encode(m)));
      Account account = new Account(0, List.of(m.signingKey()));
      state.put(StateKeys.account(accountOf(m, hash)), Optional.of(Account.CODEC.encode(account)));
    }
    StateDelta delta = tree.apply(StateTree.PRE_GENESIS_VERSION, 0, state);
    Block block =
        Block.genesis(
            genesis.chainId(),
            genesis.genesisTime(),
            genesis.validators().get(0).nodeKey(),
            validatorSetHash(hash, genesis.validatorSet()),
            delta.root(),
            hash);
    return new Initial(CommittedBlock.of(block, Optional.empty(), hash), delta);
  }
}
