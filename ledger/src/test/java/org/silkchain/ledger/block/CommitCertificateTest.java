package org.silkchain.ledger.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.DecodeException;
import org.silkchain.codec.DecodeException.Reason;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.Signature;
import org.silkchain.crypto.SuiteId;

class CommitCertificateTest {

  private static CommitSignature sig(int key, int sig) {
    byte[] k = new byte[32];
    k[0] = (byte) key;
    byte[] s = new byte[64];
    s[0] = (byte) sig;
    return new CommitSignature(
        new PublicKey(SuiteId.ED25519, Bytes.wrap(k)), new Signature(Bytes.wrap(s)));
  }

  private static Bytes encodeUnchecked(long round, List<CommitSignature> sigs) {
    CanonicalWriter out =
        new CanonicalWriter().header(CommitCertificate.TYPE_TAG, 1).u63(5).u32(round);
    Hash.CODEC.encode(Hash.ZERO, out);
    return out.list(sigs, CommitSignature.CODEC).toBytes();
  }

  private static void rejectsWith(Reason reason, Bytes input) {
    assertThatThrownBy(() -> CommitCertificate.CODEC.decode(input))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void signaturesAreKeptSortedByValidator() {
    CommitCertificate c = new CommitCertificate(5, 0, Hash.ZERO, List.of(sig(3, 0), sig(1, 9)));
    assertThat(c.signatures()).containsExactly(sig(1, 9), sig(3, 0));
    assertThat(CommitCertificate.CODEC.decode(encodeUnchecked(0, c.signatures()))).isEqualTo(c);
  }

  @Test
  void aValidatorSignsOnce() {
    assertThatThrownBy(() -> new CommitCertificate(5, 0, Hash.ZERO, List.of(sig(1, 1), sig(1, 2))))
        .hasMessageContaining("twice");
    rejectsWith(Reason.DUPLICATE, encodeUnchecked(0, List.of(sig(1, 1), sig(1, 2))));
    rejectsWith(Reason.NOT_SORTED, encodeUnchecked(0, List.of(sig(2, 1), sig(1, 2))));
  }

  @Test
  void roundMustFitAnInt() {
    rejectsWith(Reason.INVALID_VALUE, encodeUnchecked(1L << 31, List.of()));
    assertThat(
            CommitCertificate.CODEC.decode(encodeUnchecked(Integer.MAX_VALUE, List.of())).round())
        .isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void encodingIsUnchangedFromTheSetForm() {
    // The original codec wrote signatures with CanonicalWriter.set; the list of sorted, distinct
    // signatures must give the same bytes so that nothing already written changes meaning.
    List<CommitSignature> sigs = List.of(sig(1, 1), sig(2, 2), sig(3, 3));
    CanonicalWriter out = new CanonicalWriter().header(CommitCertificate.TYPE_TAG, 1).u63(5).u32(0);
    Hash.CODEC.encode(Hash.ZERO, out);
    out.set(List.of(sig(3, 3), sig(1, 1), sig(2, 2)), CommitSignature.CODEC);
    assertThat(CommitCertificate.CODEC.encode(new CommitCertificate(5, 0, Hash.ZERO, sigs)))
        .isEqualTo(out.toBytes());
  }
}
