package org.silkchain.consensus.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.message.ProposalMessage;
import org.silkchain.consensus.message.SignedProposal;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.payload.ProposalPayload;
import org.silkchain.consensus.payload.VotePayload;
import org.silkchain.consensus.payload.VoteType;
import org.silkchain.consensus.signing.KeyPairSigner;
import org.silkchain.consensus.signing.SigningState;
import org.silkchain.consensus.statemachine.EngineConfig;
import org.silkchain.consensus.statemachine.TendermintEngine;
import org.silkchain.consensus.statemachine.TimeoutConfig;
import org.silkchain.consensus.validation.ValidationContext;
import org.silkchain.consensus.validator.ValidatorSchedule;
import org.silkchain.consensus.validator.ValidatorSet;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PrivateKey;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;

/**
 * n equal-power Ed25519 validators with fixed keys, and helpers to build correctly signed messages
 * from any of them. Validator indices follow key order, so index i is {@code set.validators()[i]}.
 */
public final class Fixture {
  public static final String CHAIN = "test-chain";
  public static final TimeoutConfig TIMEOUTS = new TimeoutConfig(300, 100, 150, 50, 150, 50, 400);

  public final List<KeyPair> keys;
  public final ValidatorSet set;
  public final ValidatorSchedule schedule;
  public final EngineConfig config;

  private Fixture(List<KeyPair> keys) {
    this.keys = keys;
    this.set = ValidatorSet.equalPower(keys.stream().map(KeyPair::publicKey).toList());
    this.schedule = ValidatorSchedule.genesis(set);
    this.config = EngineConfig.defaults(CHAIN).withTimeouts(TIMEOUTS);
  }

  public static Fixture of(int n) {
    SignatureSuite suite = SignatureSuite.of(SuiteId.ED25519);
    List<KeyPair> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Bytes seed = suite.hash().digest(Bytes.utf8("fixture-validator-" + i)).bytes();
      keys.add(suite.fromPrivate(new PrivateKey(SuiteId.ED25519, seed)));
    }
    keys.sort((a, b) -> a.publicKey().compareTo(b.publicKey()));
    return new Fixture(List.copyOf(keys));
  }

  /** A key outside the set. */
  public static KeyPair outsider() {
    SignatureSuite suite = SignatureSuite.of(SuiteId.ED25519);
    Bytes seed = suite.hash().digest(Bytes.utf8("fixture-outsider")).bytes();
    return suite.fromPrivate(new PrivateKey(SuiteId.ED25519, seed));
  }

  public PublicKey pub(int i) {
    return keys.get(i).publicKey();
  }

  public KeyPairSigner signer(int i) {
    return new KeyPairSigner(keys.get(i));
  }

  public int proposer(long height, int round) {
    return set.indexOf(set.proposer(height, round));
  }

  /** Some validator that is not the proposer of {@code (height, round)}. */
  public int nonProposer(long height, int round) {
    return (proposer(height, round) + 1) % keys.size();
  }

  public static Bytes block(String content) {
    return Bytes.utf8(content);
  }

  public Hash id(Bytes block) {
    return config.hasher().valueId(block);
  }

  public SignedVote vote(
      KeyPair key, long height, int round, VoteType type, Optional<Hash> value, String chain) {
    VotePayload p = new VotePayload(chain, height, round, type, value);
    return new SignedVote(p, key.publicKey(), new KeyPairSigner(key).sign(p.signBytes()));
  }

  public SignedVote prevote(int i, long height, int round, Optional<Hash> value) {
    return vote(keys.get(i), height, round, VoteType.PREVOTE, value, CHAIN);
  }

  public SignedVote precommit(int i, long height, int round, Optional<Hash> value) {
    return vote(keys.get(i), height, round, VoteType.PRECOMMIT, value, CHAIN);
  }

  public ProposalMessage proposal(KeyPair key, long height, int round, Bytes block, int vr) {
    ProposalPayload p = new ProposalPayload(CHAIN, height, round, id(block), vr);
    return new ProposalMessage(
        new SignedProposal(p, key.publicKey(), new KeyPairSigner(key).sign(p.signBytes())), block);
  }

  /** A correctly signed proposal from the round's proposer. */
  public ProposalMessage proposal(long height, int round, Bytes block, int vr) {
    return proposal(keys.get(proposer(height, round)), height, round, block, vr);
  }

  public ValidationContext context(long height, int round) {
    return new ValidationContext(
        CHAIN, height, round, set, config.verifier(), config.hasher(), 1024, 16);
  }

  public TendermintEngine engine(int i) {
    return new TendermintEngine(config, schedule, signer(i), SigningState.INITIAL, 1);
  }
}
