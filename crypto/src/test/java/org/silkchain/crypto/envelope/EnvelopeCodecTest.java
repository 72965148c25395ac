package org.silkchain.crypto.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.DecodeException;
import org.silkchain.codec.DecodeException.Reason;
import org.silkchain.crypto.SuiteId;

class EnvelopeCodecTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Bytes NONCE = Bytes.fromHex("000102030405060708090a0b");
  private static final Bytes CIPHERTEXT = Bytes.wrap(new byte[20]);

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void roundTripsWithTheDocumentedLayout(SuiteId suite) {
    Envelope envelope =
        EnvelopeCipher.forSuite(suite)
            .seal(
                Bytes.utf8("x"),
                Bytes.EMPTY,
                EnvelopeCipherTest.publicKeys(EnvelopeCipherTest.keys(suite, 2)),
                RANDOM);
    Bytes encoded = Envelope.CODEC.encode(envelope);
    assertThat(Envelope.CODEC.decode(encoded)).isEqualTo(envelope);
    assertThat(encoded.slice(0, 4).toHex()).isEqualTo("020101" + "0" + suite.code());
    int keySize = EncryptionPublicKey.sizeOf(suite);
    int wrappedSize = WrappedKey.sizeFor(suite);
    // header 3, suite 1, nonce 12, count 1, 2 x (suite 1 + key + length 1 + wrapped), ct 1 + 17
    assertThat(encoded.size()).isEqualTo(3 + 1 + 12 + 1 + 2 * (2 + keySize + wrappedSize) + 18);
  }

  @Test
  void everyTruncationIsADecodeException() {
    Bytes encoded = Envelope.CODEC.encode(sample(SuiteId.SM2_SM3, 2));
    for (int len = 0; len < encoded.size(); len++) {
      Bytes prefix = encoded.slice(0, len);
      assertThatThrownBy(() -> Envelope.CODEC.decode(prefix))
          .as("prefix of %d bytes", len)
          .isInstanceOf(DecodeException.class);
    }
    assertThatThrownBy(() -> Envelope.CODEC.decode(encoded.concat(Bytes.of((byte) 0))))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TRAILING_BYTES));
  }

  @Test
  void unsortedDuplicateMixedAndEmptyRecipientListsAreRejected() {
    WrappedKey a = wrapped(SuiteId.ED25519, 1);
    WrappedKey b = wrapped(SuiteId.ED25519, 2);
    assertReason(encode(SuiteId.ED25519, List.of(b, a), CIPHERTEXT), Reason.NOT_SORTED);
    byte[] otherWrap = new byte[WrappedKey.X25519_SIZE];
    java.util.Arrays.fill(otherWrap, (byte) 1);
    WrappedKey aAgain = new WrappedKey(a.recipient(), Bytes.wrap(otherWrap));
    assertReason(encode(SuiteId.ED25519, List.of(a, aAgain), CIPHERTEXT), Reason.DUPLICATE);
    assertReason(
        encode(SuiteId.ED25519, List.of(a, wrapped(SuiteId.SM2_SM3, 3)), CIPHERTEXT),
        Reason.INVALID_VALUE);
    assertReason(encode(SuiteId.ED25519, List.of(), CIPHERTEXT), Reason.INVALID_VALUE);
    assertReason(
        encode(SuiteId.ED25519, List.of(a), Bytes.wrap(new byte[15])), Reason.INVALID_VALUE);
  }

  @Test
  void wrongTagVersionSuiteOrWrappedSizeIsRejected() {
    Bytes good = Envelope.CODEC.encode(sample(SuiteId.ED25519, 1));
    byte[] b = good.toArray();
    b[1] = 0x02;
    assertReason(Bytes.wrap(b.clone()), Reason.UNKNOWN_TAG);
    b = good.toArray();
    b[2] = 2;
    assertReason(Bytes.wrap(b.clone()), Reason.UNSUPPORTED_VERSION);
    b = good.toArray();
    b[3] = 9;
    assertReason(Bytes.wrap(b.clone()), Reason.UNKNOWN_TAG);

    EncryptionPublicKey key = wrapped(SuiteId.ED25519, 1).recipient();
    Bytes shortWrap =
        new CanonicalWriter()
            .header(Envelope.TYPE_TAG, Envelope.VERSION)
            .u8(SuiteId.ED25519.code())
            .fixed(NONCE, 12)
            .varint(1)
            .raw(EncryptionPublicKey.CODEC.encode(key))
            .bytes(Bytes.wrap(new byte[79]))
            .bytes(CIPHERTEXT)
            .toBytes();
    assertReason(shortWrap, Reason.INVALID_VALUE);
  }

  @Test
  void constructorEnforcesTheSameInvariants() {
    WrappedKey a = wrapped(SuiteId.ED25519, 1);
    WrappedKey b = wrapped(SuiteId.ED25519, 2);
    assertThatThrownBy(() -> new Envelope(SuiteId.ED25519, NONCE, CIPHERTEXT, List.of(b, a)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strictly ascending");
    assertThatThrownBy(() -> new Envelope(SuiteId.SM2_SM3, NONCE, CIPHERTEXT, List.of(a)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is a ED25519 key");
    assertThatThrownBy(() -> new Envelope(SuiteId.ED25519, NONCE, CIPHERTEXT, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 0");
    assertThatThrownBy(() -> new WrappedKey(a.recipient(), Bytes.wrap(new byte[113])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("80 bytes");
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void encryptionPublicKeyCodecRoundTripsAndChecksLength(SuiteId suite) {
    EncryptionPublicKey key = EncryptionKeyPair.generate(suite, RANDOM).publicKey();
    Bytes encoded = EncryptionPublicKey.CODEC.encode(key);
    assertThat(encoded.size()).isEqualTo(1 + EncryptionPublicKey.sizeOf(suite));
    assertThat(EncryptionPublicKey.CODEC.decode(encoded)).isEqualTo(key);
    assertThatThrownBy(() -> EncryptionPublicKey.CODEC.decode(encoded.slice(0, encoded.size() - 1)))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TRUNCATED));
    assertThatThrownBy(() -> new EncryptionPublicKey(suite, Bytes.wrap(new byte[31])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 31");
  }

  private static Envelope sample(SuiteId suite, int recipients) {
    return EnvelopeCipher.forSuite(suite)
        .seal(
            Bytes.utf8("sample"),
            Bytes.EMPTY,
            EnvelopeCipherTest.publicKeys(EnvelopeCipherTest.keys(suite, recipients)),
            RANDOM);
  }

  /** A syntactically valid wrapped key for a fixed-pattern recipient key {@code n}. */
  private static WrappedKey wrapped(SuiteId suite, int n) {
    byte[] key = new byte[EncryptionPublicKey.sizeOf(suite)];
    key[0] = 2;
    key[key.length - 1] = (byte) n;
    return new WrappedKey(
        new EncryptionPublicKey(suite, Bytes.wrap(key)),
        Bytes.wrap(new byte[WrappedKey.sizeFor(suite)]));
  }

  private static Bytes encode(SuiteId suite, List<WrappedKey> keys, Bytes ciphertext) {
    return new CanonicalWriter()
        .header(Envelope.TYPE_TAG, Envelope.VERSION)
        .u8(suite.code())
        .fixed(NONCE, 12)
        .list(keys, WrappedKey.CODEC)
        .bytes(ciphertext)
        .toBytes();
  }

  private static void assertReason(Bytes encoded, Reason reason) {
    assertThatThrownBy(() -> Envelope.CODEC.decode(encoded))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
