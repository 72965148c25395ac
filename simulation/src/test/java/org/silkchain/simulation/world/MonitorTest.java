package org.silkchain.simulation.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.silkchain.consensus.application.FinalizeResult;
import org.silkchain.consensus.certificate.CommitCertificateVerifier;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.payload.VotePayload;
import org.silkchain.consensus.payload.VoteType;
import org.silkchain.consensus.signing.KeyPairSigner;
import org.silkchain.consensus.signing.SignatureVerifier;
import org.silkchain.consensus.validator.QuorumRule;
import org.silkchain.consensus.validator.ValidatorSchedule;
import org.silkchain.consensus.validator.ValidatorSet;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.KeyPair;
import org.silkchain.ledger.block.CommitCertificate;
import org.silkchain.simulation.Violation;

/** The monitor's checks fire on exactly what they are meant to catch. */
class MonitorTest {
  private final List<KeyPair> keys = KeyRing.forSize(4);
  private final Monitor monitor =
      new Monitor(
          42,
          ValidatorSchedule.genesis(
              ValidatorSet.equalPower(keys.stream().map(KeyPair::publicKey).toList())),
          new CommitCertificateVerifier(
              World.CHAIN_ID, SignatureVerifier.bySuite(), QuorumRule.BYZANTINE));

  private SignedVote vote(int i, Optional<Hash> value) {
    VotePayload p = new VotePayload(World.CHAIN_ID, 1, 0, VoteType.PREVOTE, value);
    return new SignedVote(
        p, keys.get(i).publicKey(), new KeyPairSigner(keys.get(i)).sign(p.signBytes()));
  }

  @Test
  void twoDifferentPayloadsFromOneHonestAuthorAreADoubleSign() {
    monitor.onSent(1, vote(1, Optional.empty()));
    monitor.onSent(1, vote(1, Optional.empty()));
    assertThat(monitor.violations()).isEmpty();
    monitor.onSent(1, vote(1, Optional.of(Hash.ZERO)));
    assertThat(monitor.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.kind()).isEqualTo(Violation.Kind.DOUBLE_SIGN);
              assertThat(v.seed()).isEqualTo(42);
            });
  }

  @Test
  void differentBlocksOrRootsAtOneHeightAreCaught() {
    Hash a = Hash.fromHex("aa".repeat(32));
    Hash b = Hash.fromHex("bb".repeat(32));
    CommitCertificate ca = new CommitCertificate(1, 0, a, List.of());
    monitor.onCommit(0, 1, ca, FinalizeResult.of(a), 10);
    assertThat(monitor.violations())
        .extracting(Violation::kind)
        .containsExactly(Violation.Kind.INVALID_CERTIFICATE);
    monitor.onCommit(1, 1, ca, FinalizeResult.of(b), 11);
    monitor.onCommit(2, 1, new CommitCertificate(1, 0, b, List.of()), FinalizeResult.of(a), 12);
    assertThat(monitor.violations())
        .extracting(Violation::kind)
        .containsExactly(
            Violation.Kind.INVALID_CERTIFICATE, Violation.Kind.STATE_ROOT, Violation.Kind.SAFETY);
  }
}
