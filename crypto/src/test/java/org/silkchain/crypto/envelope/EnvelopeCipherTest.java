package org.silkchain.crypto.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.envelope.EnvelopeException.Reason;

class EnvelopeCipherTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Bytes TEXT = Bytes.utf8("货物：丝绸 200 匹，自上海港发往鹿特丹；信用证编号 LC-2024-001。");
  private static final Bytes DOC_ID = Bytes.utf8("doc-7f3a");

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void everyRecipientOpensChineseText(SuiteId suite) throws Exception {
    EnvelopeCipher cipher = EnvelopeCipher.forSuite(suite);
    List<EncryptionKeyPair> recipients = keys(suite, 3);
    Envelope envelope = cipher.seal(TEXT, DOC_ID, publicKeys(recipients), RANDOM);

    assertThat(envelope.suite()).isEqualTo(suite);
    assertThat(envelope.wrappedKeys()).hasSize(3);
    for (EncryptionKeyPair me : recipients) {
      Bytes opened = cipher.open(envelope, DOC_ID, me);
      assertThat(opened).isEqualTo(TEXT);
      assertThat(new String(opened.toArray(), java.nio.charset.StandardCharsets.UTF_8))
          .startsWith("货物：丝绸");
    }
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void emptyPayloadAndEmptyAadRoundTrip(SuiteId suite) throws Exception {
    EncryptionKeyPair me = EncryptionKeyPair.generate(suite, RANDOM);
    EnvelopeCipher cipher = EnvelopeCipher.forSuite(suite);
    Envelope envelope = cipher.seal(Bytes.EMPTY, Bytes.EMPTY, List.of(me.publicKey()), RANDOM);
    assertThat(cipher.open(envelope, Bytes.EMPTY, me)).isEqualTo(Bytes.EMPTY);
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void aNonRecipientCannotOpen(SuiteId suite) {
    EnvelopeCipher cipher = EnvelopeCipher.forSuite(suite);
    Envelope envelope = cipher.seal(TEXT, DOC_ID, publicKeys(keys(suite, 2)), RANDOM);
    EncryptionKeyPair outsider = EncryptionKeyPair.generate(suite, RANDOM);
    assertReason(() -> cipher.open(envelope, DOC_ID, outsider), Reason.NOT_A_RECIPIENT);
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void aPrivateKeyThatDoesNotMatchTheListedPublicKeyCannotOpen(SuiteId suite) {
    EnvelopeCipher cipher = EnvelopeCipher.forSuite(suite);
    EncryptionKeyPair real = EncryptionKeyPair.generate(suite, RANDOM);
    EncryptionKeyPair impostor =
        new EncryptionKeyPair(
            real.publicKey(), EncryptionKeyPair.generate(suite, RANDOM).privateKey());
    Envelope envelope = cipher.seal(TEXT, DOC_ID, List.of(real.publicKey()), RANDOM);
    assertReason(() -> cipher.open(envelope, DOC_ID, impostor), Reason.WRAPPED_KEY_INVALID);
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void everyBitFlipOfTheCiphertextIsDetected(SuiteId suite) {
    EnvelopeCipher cipher = EnvelopeCipher.forSuite(suite);
    EncryptionKeyPair me = EncryptionKeyPair.generate(suite, RANDOM);
    Envelope envelope = cipher.seal(TEXT, DOC_ID, List.of(me.publicKey()), RANDOM);
    byte[] ct = envelope.ciphertext().toArray();
    for (int bit = 0; bit < ct.length * 8; bit += 7) {
      byte[] flipped = ct.clone();
      flipped[bit / 8] ^= (byte) (1 << (bit % 8));
      Envelope tampered =
          new Envelope(suite, envelope.nonce(), Bytes.wrap(flipped), envelope.wrappedKeys());
      assertReason(() -> cipher.open(tampered, DOC_ID, me), Reason.PAYLOAD_TAMPERED);
    }
    Envelope truncated =
        new Envelope(
            suite,
            envelope.nonce(),
            envelope.ciphertext().slice(0, ct.length - 1),
            envelope.wrappedKeys());
    assertReason(() -> cipher.open(truncated, DOC_ID, me), Reason.PAYLOAD_TAMPERED);
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void otherAssociatedDataIsDetected(SuiteId suite) {
    EnvelopeCipher cipher = EnvelopeCipher.forSuite(suite);
    EncryptionKeyPair me = EncryptionKeyPair.generate(suite, RANDOM);
    Envelope envelope = cipher.seal(TEXT, DOC_ID, List.of(me.publicKey()), RANDOM);
    assertReason(() -> cipher.open(envelope, Bytes.utf8("doc-7f3b"), me), Reason.PAYLOAD_TAMPERED);
    assertReason(() -> cipher.open(envelope, Bytes.EMPTY, me), Reason.PAYLOAD_TAMPERED);
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void everyBitFlipOfMyWrappedKeyIsDetected(SuiteId suite) {
    EnvelopeCipher cipher = EnvelopeCipher.forSuite(suite);
    EncryptionKeyPair me = EncryptionKeyPair.generate(suite, RANDOM);
    Envelope envelope = cipher.seal(TEXT, DOC_ID, List.of(me.publicKey()), RANDOM);
    byte[] wrapped = envelope.wrappedKeys().get(0).wrapped().toArray();
    for (int bit = 0; bit < wrapped.length * 8; bit++) {
      byte[] flipped = wrapped.clone();
      flipped[bit / 8] ^= (byte) (1 << (bit % 8));
      Envelope tampered = withWrappedKey(envelope, 0, Bytes.wrap(flipped));
      assertReason(() -> cipher.open(tampered, DOC_ID, me), Reason.WRAPPED_KEY_INVALID);
    }
  }

  @Test
  void sm2HybridReencodingOfC1IsRejected() throws Exception {
    EnvelopeCipher cipher = EnvelopeCipher.forSuite(SuiteId.SM2_SM3);
    EncryptionKeyPair me = EncryptionKeyPair.generate(SuiteId.SM2_SM3, RANDOM);
    Envelope envelope = cipher.seal(TEXT, DOC_ID, List.of(me.publicKey()), RANDOM);
    byte[] wrapped = envelope.wrappedKeys().get(0).wrapped().toArray();
    assertThat(wrapped[0]).isEqualTo((byte) 0x04);
    // Exactly one of 0x06 / 0x07 (hybrid form, parity of y) re-encodes the same C1 point.
    for (byte prefix : new byte[] {0x06, 0x07}) {
      wrapped[0] = prefix;
      Envelope tampered = withWrappedKey(envelope, 0, Bytes.wrap(wrapped.clone()));
      assertReason(() -> cipher.open(tampered, DOC_ID, me), Reason.WRAPPED_KEY_INVALID);
    }
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void changingAnotherRecipientsWrappedKeyOrDroppingItIsDetected(SuiteId suite) {
    EnvelopeCipher cipher = EnvelopeCipher.forSuite(suite);
    List<EncryptionKeyPair> recipients = keys(suite, 2);
    Envelope envelope = cipher.seal(TEXT, DOC_ID, publicKeys(recipients), RANDOM);
    EncryptionKeyPair me = recipients.get(0);
    int mine = envelope.recipients().indexOf(me.publicKey());
    int theirs = 1 - mine;

    byte[] other = envelope.wrappedKeys().get(theirs).wrapped().toArray();
    other[other.length - 1] ^= 1;
    Envelope changed = withWrappedKey(envelope, theirs, Bytes.wrap(other));
    assertReason(() -> cipher.open(changed, DOC_ID, me), Reason.PAYLOAD_TAMPERED);

    Envelope dropped =
        new Envelope(
            suite,
            envelope.nonce(),
            envelope.ciphertext(),
            List.of(envelope.wrappedKeys().get(mine)));
    assertReason(() -> cipher.open(dropped, DOC_ID, me), Reason.PAYLOAD_TAMPERED);
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void aChangedNonceIsDetected(SuiteId suite) {
    EnvelopeCipher cipher = EnvelopeCipher.forSuite(suite);
    EncryptionKeyPair me = EncryptionKeyPair.generate(suite, RANDOM);
    Envelope envelope = cipher.seal(TEXT, DOC_ID, List.of(me.publicKey()), RANDOM);
    byte[] nonce = envelope.nonce().toArray();
    nonce[0] ^= 1;
    Envelope tampered =
        new Envelope(suite, Bytes.wrap(nonce), envelope.ciphertext(), envelope.wrappedKeys());
    // ED25519 binds the nonce into the key-wrap derivation too; SM2 encryption takes no context.
    Reason expected =
        suite == SuiteId.ED25519 ? Reason.WRAPPED_KEY_INVALID : Reason.PAYLOAD_TAMPERED;
    assertReason(() -> cipher.open(tampered, DOC_ID, me), expected);
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void otherSuitesAreRefused(SuiteId suite) {
    SuiteId other = suite == SuiteId.ED25519 ? SuiteId.SM2_SM3 : SuiteId.ED25519;
    EncryptionKeyPair me = EncryptionKeyPair.generate(suite, RANDOM);
    Envelope envelope =
        EnvelopeCipher.forSuite(suite).seal(TEXT, DOC_ID, List.of(me.publicKey()), RANDOM);
    assertReason(
        () -> EnvelopeCipher.forSuite(other).open(envelope, DOC_ID, me), Reason.SUITE_MISMATCH);
    EncryptionKeyPair foreign = EncryptionKeyPair.generate(other, RANDOM);
    assertThatThrownBy(
            () ->
                EnvelopeCipher.forSuite(suite)
                    .seal(TEXT, DOC_ID, List.of(foreign.publicKey()), RANDOM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a " + suite + " encryption key");
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void sealRefusesNoRecipientsAndDuplicates(SuiteId suite) {
    EnvelopeCipher cipher = EnvelopeCipher.forSuite(suite);
    EncryptionPublicKey key = EncryptionKeyPair.generate(suite, RANDOM).publicKey();
    assertThatThrownBy(() -> cipher.seal(TEXT, DOC_ID, List.of(), RANDOM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 0");
    assertThatThrownBy(() -> cipher.seal(TEXT, DOC_ID, List.of(key, key), RANDOM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("appears twice");
  }

  @Test
  void sealRefusesUnusableRecipientKeys() {
    // u = 0 is a low-order X25519 point: every shared secret with it is zero.
    EncryptionPublicKey lowOrder =
        new EncryptionPublicKey(SuiteId.ED25519, Bytes.wrap(new byte[32]));
    assertThatThrownBy(
            () ->
                EnvelopeCipher.forSuite(SuiteId.ED25519)
                    .seal(TEXT, DOC_ID, List.of(lowOrder), RANDOM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("low-order");
    // x = 2 is not the x-coordinate of any SM2 point.
    EncryptionPublicKey offCurve =
        new EncryptionPublicKey(
            SuiteId.SM2_SM3,
            Bytes.fromHex("020000000000000000000000000000000000000000000000000000000000000002"));
    assertThatThrownBy(
            () ->
                EnvelopeCipher.forSuite(SuiteId.SM2_SM3)
                    .seal(TEXT, DOC_ID, List.of(offCurve), RANDOM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a point on sm2p256v1");
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void sealingTwiceGivesDifferentEnvelopesAndWrappedKeysAreSorted(SuiteId suite) {
    EnvelopeCipher cipher = EnvelopeCipher.forSuite(suite);
    List<EncryptionKeyPair> recipients = keys(suite, 5);
    Envelope a = cipher.seal(TEXT, DOC_ID, publicKeys(recipients), RANDOM);
    Envelope b = cipher.seal(TEXT, DOC_ID, publicKeys(recipients), RANDOM);
    assertThat(a.ciphertext()).isNotEqualTo(b.ciphertext());
    assertThat(a.nonce()).isNotEqualTo(b.nonce());
    assertThat(a.recipients())
        .isSorted()
        .containsExactlyInAnyOrderElementsOf(publicKeys(recipients));
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void anEnvelopeOpensAfterItsCanonicalEncoding(SuiteId suite) throws Exception {
    EnvelopeCipher cipher = EnvelopeCipher.forSuite(suite);
    EncryptionKeyPair me = EncryptionKeyPair.generate(suite, RANDOM);
    Envelope envelope = cipher.seal(TEXT, DOC_ID, List.of(me.publicKey()), RANDOM);
    Envelope decoded = Envelope.CODEC.decode(Envelope.CODEC.encode(envelope));
    assertThat(decoded).isEqualTo(envelope);
    assertThat(cipher.open(decoded, DOC_ID, me)).isEqualTo(TEXT);
  }

  static List<EncryptionKeyPair> keys(SuiteId suite, int count) {
    List<EncryptionKeyPair> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      keys.add(EncryptionKeyPair.generate(suite, RANDOM));
    }
    return keys;
  }

  static List<EncryptionPublicKey> publicKeys(List<EncryptionKeyPair> pairs) {
    return pairs.stream().map(EncryptionKeyPair::publicKey).toList();
  }

  private static Envelope withWrappedKey(Envelope envelope, int index, Bytes wrapped) {
    List<WrappedKey> keys = new ArrayList<>(envelope.wrappedKeys());
    keys.set(index, new WrappedKey(keys.get(index).recipient(), wrapped));
    return new Envelope(envelope.suite(), envelope.nonce(), envelope.ciphertext(), keys);
  }

  interface Opening {
    Bytes open() throws EnvelopeException;
  }

  private static void assertReason(Opening opening, Reason reason) {
    assertThatThrownBy(opening::open)
        .isInstanceOfSatisfying(
            EnvelopeException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessageStartingWith(reason.name());
  }
}
