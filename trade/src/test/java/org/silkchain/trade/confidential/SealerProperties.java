package org.silkchain.trade.confidential;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.envelope.EncryptionKeyPair;

class SealerProperties {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final List<EncryptionKeyPair> ED =
      List.of(
          EncryptionKeyPair.generate(SuiteId.ED25519, RANDOM),
          EncryptionKeyPair.generate(SuiteId.ED25519, RANDOM));
  private static final List<EncryptionKeyPair> SM2 =
      List.of(
          EncryptionKeyPair.generate(SuiteId.SM2_SM3, RANDOM),
          EncryptionKeyPair.generate(SuiteId.SM2_SM3, RANDOM));

  @Property(tries = 40)
  void everyRecipientOpensWhatWasSealedInEitherSuite(
      @ForAll @Size(max = 2000) byte[] content, @ForAll boolean sm2) throws Exception {
    List<EncryptionKeyPair> keys = sm2 ? SM2 : ED;
    Sealer sealer = new Sealer(sm2 ? HashFunction.sm3() : HashFunction.sha256(), RANDOM);
    Sealed sealed =
        sealer.seal(Bytes.wrap(content), keys.stream().map(EncryptionKeyPair::publicKey).toList());
    Sealed onTheWire = Sealed.CODEC.decode(Sealed.CODEC.encode(sealed));
    for (EncryptionKeyPair key : keys) {
      assertThat(sealer.open(onTheWire, key)).isEqualTo(Bytes.wrap(content));
    }
  }

  @Property(tries = 20)
  void chineseTextRoundTripsUnderSm2(@ForAll @IntRange(min = 1, max = 200) int repeat)
      throws Exception {
    String text = "请于五个银行工作日内审核单据。".repeat(repeat);
    Sealer sealer = new Sealer(HashFunction.sm3(), RANDOM);
    Sealed sealed = sealer.seal(Bytes.utf8(text), List.of(SM2.get(0).publicKey()));
    assertThat(new String(sealer.open(sealed, SM2.get(0)).toArray(), "UTF-8")).isEqualTo(text);
  }

  @Property(tries = 200)
  void theSealedDecoderThrowsOnlyDecodeException(@ForAll @Size(max = 600) byte[] input) {
    try {
      CanonicalReader in = new CanonicalReader(Bytes.wrap(input));
      Sealed.CODEC.decode(in);
    } catch (DecodeException expected) {
      // the only failure allowed
    }
  }
}
