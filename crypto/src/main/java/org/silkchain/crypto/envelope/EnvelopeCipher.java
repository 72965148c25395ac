package org.silkchain.crypto.envelope;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.crypto.Aead;
import org.silkchain.crypto.SuiteId;

/**
 * Envelope encryption of confidential payloads: a fresh random data key per payload, the payload
 * under an AEAD with that key, and the data key wrapped to each recipient.
 *
 * <ul>
 *   <li>ED25519 suite: AES-256-GCM payload; data key wrapped with ephemeral X25519 + HKDF-SHA-256 +
 *       AES-256-GCM ({@link X25519KeyWrap}).
 *   <li>SM2_SM3 suite: SM4-GCM payload (128-bit key); data key wrapped with SM2 encryption, C1C3C2
 *       ({@link Sm2KeyWrap}).
 * </ul>
 *
 * <p>The payload's associated data is a tagged structure (type tag 0x0202) holding the suite, the
 * nonce, every wrapped key and the caller's {@code aad}. So a payload opens only with the same
 * {@code aad} (for example the document id it belongs to) and only with the recipient list it was
 * sealed with: nobody can strip, add or swap a recipient without every recipient noticing.
 *
 * <p>Stateless and thread-safe. Not for ledger-deterministic use: sealing is randomised.
 */
public final class EnvelopeCipher {
  /** Type tag of the payload's associated-data structure. */
  static final int PAYLOAD_AAD_TAG = 0x0202;

  private static final EnvelopeCipher ED25519 =
      new EnvelopeCipher(SuiteId.ED25519, Aead.AES_GCM, 32);
  private static final EnvelopeCipher SM2_SM3 =
      new EnvelopeCipher(SuiteId.SM2_SM3, Aead.SM4_GCM, 16);

  private final SuiteId suite;
  private final Aead aead;
  private final int dataKeySize;
  private final KeyWrap keyWrap;

  private EnvelopeCipher(SuiteId suite, Aead aead, int dataKeySize) {
    this.suite = suite;
    this.aead = aead;
    this.dataKeySize = dataKeySize;
    this.keyWrap = KeyWrap.forSuite(suite);
  }

  public static EnvelopeCipher forSuite(SuiteId suite) {
    return switch (suite) {
      case ED25519 -> ED25519;
      case SM2_SM3 -> SM2_SM3;
    };
  }

  public SuiteId suite() {
    return suite;
  }

  /**
   * Encrypts {@code plaintext} so that exactly {@code recipients} can open it, bound to {@code
   * aad}.
   *
   * @throws IllegalArgumentException if there are no recipients or more than {@link
   *     Envelope#MAX_RECIPIENTS}, a recipient repeats, is of another suite or is not a usable key,
   *     or the plaintext is over {@link Envelope#MAX_PLAINTEXT}
   */
  public Envelope seal(
      Bytes plaintext, Bytes aad, List<EncryptionPublicKey> recipients, SecureRandom random) {
    if (plaintext.size() > Envelope.MAX_PLAINTEXT) {
      throw new IllegalArgumentException("payload over " + Envelope.MAX_PLAINTEXT + " bytes");
    }
    List<EncryptionPublicKey> sorted = sortedRecipients(recipients);
    Bytes dataKey = randomBytes(random, dataKeySize);
    Bytes nonce = randomBytes(random, Aead.NONCE_SIZE);
    List<WrappedKey> wrapped = new ArrayList<>(sorted.size());
    for (EncryptionPublicKey recipient : sorted) {
      Bytes key;
      try {
        key = keyWrap.wrap(dataKey, recipient, nonce, random);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("recipient " + recipient + ": " + e.getMessage(), e);
      }
      wrapped.add(new WrappedKey(recipient, key));
    }
    Bytes ciphertext = aead.seal(dataKey, nonce, plaintext, payloadAad(nonce, wrapped, aad));
    wipe(dataKey);
    return new Envelope(suite, nonce, ciphertext, wrapped);
  }

  /**
   * Decrypts {@code envelope} as recipient {@code me}.
   *
   * @throws EnvelopeException with the reason: another suite, not a recipient, the wrapped key does
   *     not decrypt, or the payload, {@code aad} or recipient list was changed
   */
  public Bytes open(Envelope envelope, Bytes aad, EncryptionKeyPair me) throws EnvelopeException {
    if (envelope.suite() != suite || me.suite() != suite) {
      throw new EnvelopeException(
          EnvelopeException.Reason.SUITE_MISMATCH,
          "cipher " + suite + ", envelope " + envelope.suite() + ", key " + me.suite());
    }
    WrappedKey mine =
        envelope.wrappedKeys().stream()
            .filter(k -> k.recipient().equals(me.publicKey()))
            .findFirst()
            .orElseThrow(
                () ->
                    new EnvelopeException(
                        EnvelopeException.Reason.NOT_A_RECIPIENT,
                        me.publicKey() + " is not among " + envelope.wrappedKeys().size()));
    Bytes dataKey =
        keyWrap
            .unwrap(mine.wrapped(), me, envelope.nonce())
            .filter(k -> k.size() == dataKeySize)
            .orElseThrow(
                () ->
                    new EnvelopeException(
                        EnvelopeException.Reason.WRAPPED_KEY_INVALID,
                        "the data key wrapped to " + me.publicKey() + " does not decrypt"));
    Optional<Bytes> plaintext =
        aead.open(
            dataKey,
            envelope.nonce(),
            envelope.ciphertext(),
            payloadAad(envelope.nonce(), envelope.wrappedKeys(), aad));
    wipe(dataKey);
    return plaintext.orElseThrow(
        () ->
            new EnvelopeException(
                EnvelopeException.Reason.PAYLOAD_TAMPERED,
                "payload, associated data or recipient list does not authenticate"));
  }

  private List<EncryptionPublicKey> sortedRecipients(List<EncryptionPublicKey> recipients) {
    if (recipients.isEmpty() || recipients.size() > Envelope.MAX_RECIPIENTS) {
      throw new IllegalArgumentException(
          "an envelope has 1.."
              + Envelope.MAX_RECIPIENTS
              + " recipients, got "
              + recipients.size());
    }
    List<EncryptionPublicKey> sorted = recipients.stream().sorted().toList();
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i).suite() != suite) {
        throw new IllegalArgumentException(
            "recipient " + sorted.get(i) + " is not a " + suite + " encryption key");
      }
      if (i > 0 && sorted.get(i).equals(sorted.get(i - 1))) {
        throw new IllegalArgumentException("recipient " + sorted.get(i) + " appears twice");
      }
    }
    return sorted;
  }

  private Bytes payloadAad(Bytes nonce, List<WrappedKey> wrapped, Bytes aad) {
    return new CanonicalWriter(64 + wrapped.size() * 160 + aad.size())
        .header(PAYLOAD_AAD_TAG, 1)
        .u8(suite.code())
        .fixed(nonce, Aead.NONCE_SIZE)
        .list(wrapped, WrappedKey.CODEC)
        .bytes(aad)
        .toBytes();
  }

  /** Best effort: the data key's array is ours alone (fresh from random or a decryption). */
  private static void wipe(Bytes key) {
    Arrays.fill(key.unsafeArray(), (byte) 0);
  }

  private static Bytes randomBytes(SecureRandom random, int size) {
    byte[] b = new byte[size];
    random.nextBytes(b);
    return Bytes.wrap(b);
  }
}
