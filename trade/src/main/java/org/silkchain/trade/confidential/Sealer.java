package org.silkchain.trade.confidential;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.crypto.envelope.EncryptionPublicKey;
import org.silkchain.crypto.envelope.Envelope;
import org.silkchain.crypto.envelope.EnvelopeCipher;
import org.silkchain.crypto.envelope.EnvelopeException;

/**
 * The client side of {@link Sealed}: seals content to a list of recipients' encryption keys, and
 * opens it again as one of them. Sealing is randomised (fresh salt, data key and nonce), so it
 * belongs in wallets and clients, never in ledger execution.
 *
 * <p>The envelope's plaintext is {@code salt (32) || content} under the fixed associated data
 * {@value #AAD_TEXT}; the commitment is {@code H("silkchain/sealed" || salt || content)} with the
 * network's hash function. The salt keeps a guessable content (a short message, an amount) from
 * being confirmed by hashing candidates against the public commitment.
 */
public final class Sealer {
  public static final String AAD_TEXT = "silkchain/sealed/v1";
  public static final Bytes AAD = Bytes.utf8(AAD_TEXT);
  public static final int SALT_SIZE = 32;
  private static final Bytes COMMITMENT_DOMAIN = Bytes.utf8("silkchain/sealed");

  /** What a recipient gets from an envelope: the salt, needed to re-seal, and the content. */
  public record Opened(Bytes salt, Bytes content) {
    public Opened {
      if (salt.size() != SALT_SIZE) {
        throw new IllegalArgumentException("salt has " + SALT_SIZE + " bytes");
      }
      Objects.requireNonNull(content, "content");
    }
  }

  private final HashFunction hash;
  private final SecureRandom random;

  public Sealer(HashFunction hash, SecureRandom random) {
    this.hash = Objects.requireNonNull(hash, "hash");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** {@code H("silkchain/sealed" || salt || content)}. */
  public static Hash commitment(HashFunction hash, Bytes salt, Bytes content) {
    if (salt.size() != SALT_SIZE) {
      throw new IllegalArgumentException("salt has " + SALT_SIZE + " bytes");
    }
    return hash.digest(COMMITMENT_DOMAIN.concat(salt).concat(content));
  }

  /**
   * Seals {@code content} for exactly {@code recipients} with a fresh salt.
   *
   * @throws IllegalArgumentException if there are no recipients, they mix suites or repeat, or the
   *     result would be over {@link Sealed#MAX_ENVELOPE_BYTES}
   */
  public Sealed seal(Bytes content, Collection<EncryptionPublicKey> recipients) {
    byte[] salt = new byte[SALT_SIZE];
    random.nextBytes(salt);
    return seal(new Opened(Bytes.wrap(salt), content), recipients);
  }

  /** Seals the canonical encoding of {@code value}. */
  public <T> Sealed seal(Codec<T> codec, T value, Collection<EncryptionPublicKey> recipients) {
    return seal(codec.encode(value), recipients);
  }

  /**
   * Seals already opened content again, with its own salt, for another set of recipients: the
   * result carries the same commitment, which is how a recipient of the new envelope knows it holds
   * the content the chain recorded (granting access to a document, handing on a bill).
   */
  public Sealed seal(Opened opened, Collection<EncryptionPublicKey> recipients) {
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("no recipients");
    }
    List<EncryptionPublicKey> list = List.copyOf(recipients);
    Envelope envelope =
        EnvelopeCipher.forSuite(list.get(0).suite())
            .seal(opened.salt().concat(opened.content()), AAD, list, random);
    if (envelope.ciphertext().size() > Sealed.MAX_ENVELOPE_BYTES) {
      throw new IllegalArgumentException("sealed content over " + Sealed.MAX_ENVELOPE_BYTES);
    }
    return new Sealed(envelope, commitment(hash, opened.salt(), opened.content()));
  }

  /**
   * Opens {@code sealed} as {@code me} and checks the content against the commitment.
   *
   * @throws EnvelopeException {@code NOT_A_RECIPIENT} for anyone the content was not sealed to;
   *     {@code PAYLOAD_TAMPERED} if the envelope was altered or its content does not match the
   *     commitment the chain carries
   */
  public Opened openWithSalt(Sealed sealed, EncryptionKeyPair me) throws EnvelopeException {
    Bytes plaintext = EnvelopeCipher.forSuite(me.suite()).open(sealed.envelope(), AAD, me);
    if (plaintext.size() < SALT_SIZE) {
      throw new EnvelopeException(
          EnvelopeException.Reason.PAYLOAD_TAMPERED, "sealed plaintext shorter than its salt");
    }
    Opened opened =
        new Opened(plaintext.slice(0, SALT_SIZE), plaintext.slice(SALT_SIZE, plaintext.size()));
    if (!commitment(hash, opened.salt(), opened.content()).equals(sealed.commitment())) {
      throw new EnvelopeException(
          EnvelopeException.Reason.PAYLOAD_TAMPERED,
          "the content does not match the commitment " + sealed.commitment());
    }
    return opened;
  }

  /** The content of {@code sealed}, as {@link #openWithSalt} checks it. */
  public Bytes open(Sealed sealed, EncryptionKeyPair me) throws EnvelopeException {
    return openWithSalt(sealed, me).content();
  }

  /**
   * The content decoded with {@code codec}.
   *
   * @throws org.silkchain.codec.DecodeException if the content is not a canonical {@code T}
   */
  public <T> T open(Sealed sealed, Codec<T> codec, EncryptionKeyPair me) throws EnvelopeException {
    return codec.decode(open(sealed, me));
  }
}
