package org.silkchain.consensus.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.DecodeException;
import org.silkchain.consensus.certificate.CommitCertificates;
import org.silkchain.consensus.payload.ProposalPayload;
import org.silkchain.consensus.payload.VotePayload;
import org.silkchain.consensus.testing.Fixture;

class MessageCodecProperties {
  private static final Fixture FX = Fixture.of(4);
  private static final Bytes BLOCK = Fixture.block("a block");
  private static final List<ConsensusMessage> SAMPLES =
      List.of(
          FX.proposal(3, 2, BLOCK, 1),
          FX.prevote(0, 3, 0, Optional.empty()),
          FX.precommit(1, 3, 7, Optional.of(FX.id(BLOCK))),
          new DecisionMessage(
              BLOCK,
              CommitCertificates.fromPrecommits(
                  1,
                  0,
                  FX.id(BLOCK),
                  List.of(
                      FX.precommit(0, 1, 0, Optional.of(FX.id(BLOCK))),
                      FX.precommit(2, 1, 0, Optional.of(FX.id(BLOCK)))))));

  @Test
  void everyMessageRoundTrips() {
    for (ConsensusMessage m : SAMPLES) {
      assertThat(ConsensusMessage.CODEC.decode(ConsensusMessage.CODEC.encode(m))).isEqualTo(m);
    }
  }

  @Test
  void typeTagsAreInTheConsensusRange() {
    for (int tag :
        new int[] {
          ProposalPayload.TYPE_TAG,
          VotePayload.TYPE_TAG,
          SignedProposal.TYPE_TAG,
          SignedVote.TYPE_TAG,
          ConsensusMessage.TYPE_TAG,
          ProposalMessage.TYPE_TAG,
          DecisionMessage.TYPE_TAG
        }) {
      assertThat(tag).isBetween(0x0500, 0x05FF);
    }
  }

  @Test
  void heightZeroIsRejectedAsADecodeException() {
    CanonicalWriter w = new CanonicalWriter().header(VotePayload.TYPE_TAG, 1).string("c").u63(0);
    w.u32(0).u8(1).u8(0);
    assertThatThrownBy(() -> VotePayload.CODEC.decode(w.toBytes()))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(DecodeException.Reason.INVALID_VALUE));
  }

  @Test
  void aHugeBlockLengthIsRejectedBeforeAllocation() {
    ProposalMessage p = (ProposalMessage) SAMPLES.get(0);
    CanonicalWriter w = new CanonicalWriter().header(ProposalMessage.TYPE_TAG, 1);
    SignedProposal.CODEC.encode(p.proposal(), w);
    w.varint(ProposalMessage.MAX_BLOCK_BYTES + 1L);
    assertThatThrownBy(() -> ProposalMessage.CODEC.decode(w.toBytes()))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(DecodeException.Reason.TOO_LONG));
  }

  @Property(tries = 2000)
  void arbitraryBytesOnlyEverFailWithDecodeException(@ForAll @Size(max = 300) byte[] junk) {
    try {
      ConsensusMessage.CODEC.decode(Bytes.wrap(junk));
    } catch (DecodeException expected) {
      // the only acceptable failure
    }
  }

  @Property(tries = 1000)
  void mutatedMessagesOnlyEverFailWithDecodeException(
      @ForAll("sampleIndex") int which, @ForAll int position, @ForAll byte replacement) {
    byte[] bytes = ConsensusMessage.CODEC.encode(SAMPLES.get(which)).toArray();
    bytes[Math.floorMod(position, bytes.length)] = replacement;
    try {
      ConsensusMessage.CODEC.decode(Bytes.wrap(bytes));
    } catch (DecodeException expected) {
      // the only acceptable failure
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Integer> sampleIndex() {
    return net.jqwik.api.Arbitraries.integers().between(0, SAMPLES.size() - 1);
  }
}
