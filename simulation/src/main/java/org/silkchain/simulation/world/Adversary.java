package org.silkchain.simulation.world;

import java.util.Optional;
import java.util.SplittableRandom;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.application.ValueHasher;
import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.consensus.message.DecisionMessage;
import org.silkchain.consensus.message.ProposalMessage;
import org.silkchain.consensus.message.SignedProposal;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.payload.ProposalPayload;
import org.silkchain.consensus.payload.VotePayload;
import org.silkchain.consensus.signing.Signer;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.Signature;
import org.silkchain.simulation.ByzantineBehaviour;

/**
 * Turns what a Byzantine node's (real) engine wants to broadcast into what the Byzantine node
 * actually sends. It signs with the validator's key directly, bypassing the signing state, which is
 * exactly what makes it Byzantine.
 */
final class Adversary {
  interface Outlet {
    /** Sends {@code message} to node {@code to}. */
    void send(int to, ConsensusMessage message);
  }

  private final ByzantineBehaviour behaviour;
  private final int n;
  private final int self;
  private final Signer key;
  private final Conspiracy conspiracy;
  private final ValueHasher hasher;
  private final SplittableRandom rng;

  Adversary(
      ByzantineBehaviour behaviour,
      int n,
      int self,
      Signer key,
      Conspiracy conspiracy,
      ValueHasher hasher,
      SplittableRandom rng) {
    this.behaviour = behaviour;
    this.n = n;
    this.self = self;
    this.key = key;
    this.conspiracy = conspiracy;
    this.hasher = hasher;
    this.rng = rng;
  }

  ByzantineBehaviour behaviour() {
    return behaviour;
  }

  /** Whether it answers lagging peers with decided blocks. */
  boolean serves() {
    return behaviour != ByzantineBehaviour.SILENT;
  }

  void broadcast(ConsensusMessage m, Outlet out) {
    switch (behaviour) {
      case SILENT -> {}
      case EQUIVOCATE -> equivocate(m, out);
      case DOUBLE_VOTE -> {
        toAll(m, out);
        if (m instanceof SignedVote v) {
          VotePayload p = v.payload();
          toAll(sign(withValue(p, p.isNil() ? hash() : Optional.empty())), out);
        }
      }
      case INVALID_BLOCKS -> toAll(m, out);
      case BAD_SIGNATURES -> toAll(corrupt(m), out);
      case FUTURE_MESSAGES -> {
        toAll(m, out);
        if (m instanceof SignedVote v) {
          VotePayload p = v.payload();
          toAll(
              sign(new VotePayload(p.chainId(), p.height() + 1, p.round(), p.type(), hash())), out);
          toAll(sign(new VotePayload(p.chainId(), p.height() + 2, 0, p.type(), hash())), out);
          toAll(
              sign(new VotePayload(p.chainId(), p.height(), p.round() + 1000, p.type(), hash())),
              out);
        }
      }
    }
  }

  private void equivocate(ConsensusMessage m, Outlet out) {
    switch (m) {
      case ProposalMessage p -> {
        ProposalPayload pp = p.proposal().payload();
        Bytes alt = CounterApplication.randomBlock(pp.height(), true, rng);
        Hash altHash = hasher.valueId(alt);
        conspiracy.plan(pp.height(), pp.round(), new Conspiracy.Split(pp.valueHash(), altHash));
        Conspiracy.Split split = conspiracy.split(pp.height(), pp.round());
        ProposalPayload altPayload =
            new ProposalPayload(
                pp.chainId(), pp.height(), pp.round(), split.forB(), pp.validRound());
        ProposalMessage forB =
            new ProposalMessage(
                new SignedProposal(altPayload, key.publicKey(), key.sign(altPayload.signBytes())),
                alt);
        toSplit(p, forB, out);
      }
      case SignedVote v -> {
        VotePayload p = v.payload();
        Conspiracy.Split split = conspiracy.split(p.height(), p.round());
        if (split != null) {
          toSplit(
              sign(withValue(p, Optional.of(split.forA()))),
              sign(withValue(p, Optional.of(split.forB()))),
              out);
        } else if (!p.isNil()) {
          toSplit(v, sign(withValue(p, Optional.empty())), out);
        } else {
          toAll(v, out);
        }
      }
      case DecisionMessage d -> toAll(d, out);
    }
  }

  private void toSplit(ConsensusMessage forA, ConsensusMessage forB, Outlet out) {
    for (int i = 0; i < n; i++) {
      if (i != self) {
        out.send(i, conspiracy.seesA(i) ? forA : forB);
      }
    }
  }

  private void toAll(ConsensusMessage m, Outlet out) {
    for (int i = 0; i < n; i++) {
      if (i != self) {
        out.send(i, m);
      }
    }
  }

  private static VotePayload withValue(VotePayload p, Optional<Hash> value) {
    return new VotePayload(p.chainId(), p.height(), p.round(), p.type(), value);
  }

  private SignedVote sign(VotePayload p) {
    return new SignedVote(p, key.publicKey(), key.sign(p.signBytes()));
  }

  private Optional<Hash> hash() {
    return Optional.of(randomHash());
  }

  private Hash randomHash() {
    byte[] b = new byte[Hash.SIZE];
    rng.nextBytes(b);
    return new Hash(Bytes.wrap(b));
  }

  private static ConsensusMessage corrupt(ConsensusMessage m) {
    return switch (m) {
      case SignedVote v -> new SignedVote(v.payload(), v.author(), flip(v.signature()));
      case ProposalMessage p ->
          new ProposalMessage(
              new SignedProposal(
                  p.proposal().payload(), p.proposal().author(), flip(p.proposal().signature())),
              p.block());
      case DecisionMessage d -> d;
    };
  }

  private static Signature flip(Signature s) {
    byte[] b = s.bytes().toArray();
    b[7] ^= 0x10;
    return new Signature(Bytes.wrap(b));
  }
}
