package org.silkchain.simulation.world;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.DecodeException;
import org.silkchain.consensus.application.Application;
import org.silkchain.consensus.application.FinalizeResult;
import org.silkchain.consensus.application.ProposalVerdict;
import org.silkchain.consensus.application.ValueHasher;
import org.silkchain.consensus.validator.ValidatorUpdate;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.ledger.block.CommitCertificate;

/**
 * The simulated application. A block is {@code height, valid flag, random bytes from the seed}; a
 * block is valid iff it is for the height asked about and its flag is 0. The state root is a hash
 * chain over the decided values, so two nodes agree on it iff they executed the same blocks in the
 * same order. Optionally, finalizing height 1 raises one validator's power.
 */
final class CounterApplication implements Application {
  private static final byte STATE_DOMAIN = 0x60;
  private static final int MAX_PAYLOAD = 64;

  private final DurableStore store;
  private final SplittableRandom rng;
  private final ValueHasher hasher;
  private final Optional<ValidatorUpdate> updateAtHeightOne;
  private final boolean proposesInvalid;

  CounterApplication(
      DurableStore store,
      SplittableRandom rng,
      ValueHasher hasher,
      Optional<ValidatorUpdate> updateAtHeightOne,
      boolean proposesInvalid) {
    this.store = store;
    this.rng = rng;
    this.hasher = hasher;
    this.updateAtHeightOne = updateAtHeightOne;
    this.proposesInvalid = proposesInvalid;
  }

  static Bytes block(long height, boolean valid, Bytes payload) {
    return new CanonicalWriter().u63(height).bool(!valid).bytes(payload).toBytes();
  }

  static Bytes randomBlock(long height, boolean valid, SplittableRandom rng) {
    byte[] payload = new byte[8 + rng.nextInt(24)];
    rng.nextBytes(payload);
    return block(height, valid, Bytes.wrap(payload));
  }

  @Override
  public Bytes prepareProposal(long height, int maxBlockBytes) {
    return randomBlock(height, !proposesInvalid, rng);
  }

  @Override
  public ProposalVerdict processProposal(long height, Bytes block) {
    try {
      CanonicalReader in = new CanonicalReader(block);
      long h = in.u63("block.height");
      boolean invalid = in.bool("block.invalid");
      in.bytes("block.payload", MAX_PAYLOAD);
      in.expectEnd();
      return h == height && !invalid ? ProposalVerdict.ACCEPT : ProposalVerdict.REJECT;
    } catch (DecodeException e) {
      return ProposalVerdict.REJECT;
    }
  }

  @Override
  public FinalizeResult finalizeBlock(long height, Bytes block, CommitCertificate certificate) {
    Hash root =
        HashFunction.sha256()
            .digest(STATE_DOMAIN, store.lastAppHash().bytes(), hasher.valueId(block).bytes());
    List<ValidatorUpdate> updates =
        height == 1 && updateAtHeightOne.isPresent() ? List.of(updateAtHeightOne.get()) : List.of();
    return new FinalizeResult(root, updates);
  }

  @Override
  public void commit(long height) {
    // The simulated node stores the block and result itself, atomically with finalization.
  }
}
