package org.silkchain.node.genesis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.validator.ValidatorSet;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.ledger.block.Block;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.node.execution.StateKeys;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.validators.ValidatorRegistry;
import org.silkchain.state.store.StateDelta;
import org.silkchain.state.tree.StateTree;
import org.silkchain.storage.CommittedBlock;
import org.silkchain.trade.basket.BasketGenesis;
import org.silkchain.trade.governance.GovernanceGenesis;
import org.silkchain.trade.identity.EncryptionKeys;
import org.silkchain.trade.identity.IdentityGenesis;

/**
 * The genesis block and initial state (version 0) a genesis defines: the identity module's genesis
 * ({@link IdentityGenesis}: one runtime account per member, owned by its signing key alone ({@code
 * AccountId.fromInitialKeys(hash, [signingKey])}, nonce 0, the member's roles), its member entry
 * and its encryption key ({@link EncryptionKeys})), the governance roster and default rules ({@link
 * GovernanceGenesis}), the SDR basket ({@link BasketGenesis#sdr()}), the validator registry ({@link
 * #registryEntries}), the node's member registry by id ({@code member/<id>}) and the genesis hash
 * itself. Every node computes the same block from the same genesis.
 */
public final class GenesisLedger {
  /** The genesis block, ready to append, and its state. */
  public record Initial(CommittedBlock block, StateDelta delta) {}

  static final int MAX_DISPLAY_NAME = 140;

  private GenesisLedger() {}

  public static AccountId accountOf(GenesisMember member, HashFunction hash) {
    return AccountId.fromInitialKeys(hash, List.of(member.signingKey()));
  }

  /** {@code H(validator set encoding)}: what block headers carry as {@code validatorSetHash}. */
  public static Hash validatorSetHash(HashFunction hash, ValidatorSet set) {
    return hash.digest(ValidatorSet.CODEC.encode(set));
  }

  /**
   * The member as the identity module registers it. Roles map by label (both enums use the members
   * file's labels). The identity module's display name is at most {@value #MAX_DISPLAY_NAME} UTF-16
   * characters without control characters: a longer genesis name is cut there (the full name stays
   * in {@code member/<id>}).
   */
  static IdentityGenesis.MemberSpec spec(GenesisMember m) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (org.silkchain.node.genesis.Role r : m.roles()) {
      roles.add(
          Role.fromLabel(r.label())
              .orElseThrow(() -> new IllegalArgumentException("no runtime role " + r.label())));
    }
    String name = m.name().replaceAll("\\p{Cntrl}", " ");
    if (name.length() > MAX_DISPLAY_NAME) {
      int end = MAX_DISPLAY_NAME;
      if (Character.isHighSurrogate(name.charAt(end - 1))) {
        end--; // never split a code point
      }
      name = name.substring(0, end);
    }
    if (name.isEmpty()) {
      name = m.id();
    }
    return new IdentityGenesis.MemberSpec(
        m.id(), name, roles, m.jurisdiction(), Optional.empty(), m.signingKey());
  }

  /**
   * The genesis validators as the registry holds them: node key, power, the member's account as
   * operator, {@code host:port} and the TLS pin. Written at genesis so that the registry and
   * consensus agree from height 1.
   */
  public static List<ValidatorRegistry.Entry> registryEntries(Genesis genesis) {
    List<ValidatorRegistry.Entry> entries = new ArrayList<>();
    for (GenesisValidator v : genesis.validators()) {
      GenesisMember member = genesis.member(v.memberId()).orElseThrow();
      entries.add(
          new ValidatorRegistry.Entry(
              v.nodeKey(),
              v.power(),
              accountOf(member, genesis.hashFunction()),
              v.host() + ":" + v.port(),
              v.tlsFingerprint()));
    }
    return entries;
  }

  /** Builds the genesis block over {@code tree}, which must not hold version 0 yet. */
  public static Initial build(Genesis genesis, StateTree tree) {
    HashFunction hash = genesis.hashFunction();
    TreeMap<Bytes, Optional<Bytes>> state = new TreeMap<>();
    state.put(StateKeys.GENESIS_HASH, Optional.of(genesis.hash().bytes()));
    List<IdentityGenesis.MemberSpec> specs = new ArrayList<>();
    for (GenesisMember m : genesis.members()) {
      state.put(StateKeys.member(m.id()), Optional.of(GenesisMember.CODEC.encode(m)));
      specs.add(spec(m));
    }
    IdentityGenesis.state(hash, specs).forEach((k, v) -> state.put(k, Optional.of(v)));
    for (GenesisMember m : genesis.members()) {
      var entry = EncryptionKeys.genesisEntry(hash, m.signingKey(), m.encryptionKey());
      state.put(entry.getKey(), Optional.of(entry.getValue()));
    }
    GovernanceGenesis.state(hash, specs).forEach((k, v) -> state.put(k, Optional.of(v)));
    BasketGenesis.state(hash, BasketGenesis.sdr()).forEach((k, v) -> state.put(k, Optional.of(v)));
    ValidatorRegistry.genesisState(registryEntries(genesis))
        .forEach((k, v) -> state.put(k, Optional.of(v)));
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
