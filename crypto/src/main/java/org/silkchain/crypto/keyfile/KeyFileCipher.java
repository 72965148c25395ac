package org.silkchain.crypto.keyfile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.SCrypt;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Aead;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PrivateKey;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.crypto.envelope.EncryptionPrivateKey;

/**
 * Encrypts private keys under a passphrase into {@link KeyFile}s and opens them again: scrypt
 * (BouncyCastle {@link SCrypt}) with a fresh 32-byte salt, then AES-256-GCM with a fresh nonce.
 *
 * <p>The passphrase is taken as a {@code char[]} so that the caller can wipe it; it is encoded as
 * UTF-8 exactly as given (no Unicode normalisation) and its encoded copy is wiped here after use.
 * Nothing thrown from this class contains the passphrase or a secret.
 */
public final class KeyFileCipher {
  private static final int KEY_SIZE = 32;

  private KeyFileCipher() {}

  /** Encrypts a signing key with the default scrypt costs. */
  public static KeyFile seal(KeyPair pair, char[] passphrase, SecureRandom random) {
    return seal(pair, passphrase, ScryptParameters.DEFAULT, random);
  }

  /** Encrypts a signing key; {@code kdf} may be lowered for tests. */
  public static KeyFile seal(
      KeyPair pair, char[] passphrase, ScryptParameters kdf, SecureRandom random) {
    SuiteId suite = pair.publicKey().suite();
    return seal(
        KeyKind.SIGNING,
        suite,
        pair.publicKey().bytes(),
        pair.privateKey().secret(),
        passphrase,
        kdf,
        random);
  }

  /** Encrypts an encryption key with the default scrypt costs. */
  public static KeyFile seal(EncryptionKeyPair pair, char[] passphrase, SecureRandom random) {
    return seal(pair, passphrase, ScryptParameters.DEFAULT, random);
  }

  /** Encrypts an encryption key; {@code kdf} may be lowered for tests. */
  public static KeyFile seal(
      EncryptionKeyPair pair, char[] passphrase, ScryptParameters kdf, SecureRandom random) {
    return seal(
        KeyKind.ENCRYPTION,
        pair.suite(),
        pair.publicKey().bytes(),
        pair.privateKey().secret(),
        passphrase,
        kdf,
        random);
  }

  /**
   * Decrypts a signing key and checks it against the file's public key.
   *
   * @throws KeyFileException {@code WRONG_KIND}, {@code WRONG_PASSPHRASE} or {@code KEY_MISMATCH}
   */
  public static KeyPair openSigningKey(KeyFile file, char[] passphrase) throws KeyFileException {
    requireKind(file, KeyKind.SIGNING);
    Bytes secret = decrypt(file, passphrase);
    KeyPair pair;
    try {
      pair = SignatureSuite.of(file.suite()).fromPrivate(new PrivateKey(file.suite(), secret));
    } catch (IllegalArgumentException e) {
      throw mismatch();
    } finally {
      wipe(secret);
    }
    if (!pair.publicKey().bytes().equals(file.publicKey())) {
      pair.privateKey().destroy();
      throw mismatch();
    }
    return pair;
  }

  /**
   * Decrypts an encryption key and checks it against the file's public key.
   *
   * @throws KeyFileException {@code WRONG_KIND}, {@code WRONG_PASSPHRASE} or {@code KEY_MISMATCH}
   */
  public static EncryptionKeyPair openEncryptionKey(KeyFile file, char[] passphrase)
      throws KeyFileException {
    requireKind(file, KeyKind.ENCRYPTION);
    Bytes secret = decrypt(file, passphrase);
    EncryptionKeyPair pair;
    try {
      pair = EncryptionKeyPair.fromPrivate(new EncryptionPrivateKey(file.suite(), secret));
    } catch (IllegalArgumentException e) {
      throw mismatch();
    } finally {
      wipe(secret);
    }
    if (!pair.publicKey().bytes().equals(file.publicKey())) {
      pair.privateKey().destroy();
      throw mismatch();
    }
    return pair;
  }

  private static KeyFile seal(
      KeyKind kind,
      SuiteId suite,
      Bytes publicKey,
      Bytes secret,
      char[] passphrase,
      ScryptParameters kdf,
      SecureRandom random) {
    if (passphrase.length == 0) {
      throw new IllegalArgumentException("a key file needs a non-empty passphrase");
    }
    Bytes salt = randomBytes(random, KeyFile.SALT_SIZE);
    Bytes nonce = randomBytes(random, Aead.NONCE_SIZE);
    // The header does not depend on the ciphertext, so a placeholder fills its slot.
    Bytes placeholder = Bytes.wrap(new byte[KeyFile.CIPHERTEXT_SIZE]);
    KeyFile draft = new KeyFile(kind, suite, publicKey, kdf, salt, nonce, placeholder);
    Bytes key = deriveKey(passphrase, kdf, salt);
    try {
      Bytes ciphertext = Aead.AES_GCM.seal(key, nonce, secret, associatedData(draft));
      return new KeyFile(kind, suite, publicKey, kdf, salt, nonce, ciphertext);
    } finally {
      wipe(key);
      wipe(secret);
    }
  }

  private static Bytes decrypt(KeyFile file, char[] passphrase) throws KeyFileException {
    Bytes key = deriveKey(passphrase, file.kdf(), file.salt());
    try {
      return Aead.AES_GCM
          .open(key, file.nonce(), file.ciphertext(), associatedData(file))
          .orElseThrow(
              () ->
                  new KeyFileException(
                      KeyFileException.Reason.WRONG_PASSPHRASE,
                      "wrong passphrase, or the key file was modified"));
    } finally {
      wipe(key);
    }
  }

  private static Bytes associatedData(KeyFile file) {
    return Bytes.wrap(KeyFileFormat.header(file).getBytes(UTF_8));
  }

  private static Bytes deriveKey(char[] passphrase, ScryptParameters kdf, Bytes salt) {
    byte[] password = utf8(passphrase);
    try {
      return Bytes.wrap(
          SCrypt.generate(password, salt.unsafeArray(), kdf.n(), kdf.r(), kdf.p(), KEY_SIZE));
    } finally {
      Arrays.fill(password, (byte) 0);
    }
  }

  private static byte[] utf8(char[] passphrase) {
    CharsetEncoder encoder =
        UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer encoded;
    try {
      encoded = encoder.encode(CharBuffer.wrap(passphrase));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("passphrase is not valid Unicode (unpaired surrogate)");
    }
    byte[] out = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
    Arrays.fill(encoded.array(), (byte) 0);
    return out;
  }

  private static void requireKind(KeyFile file, KeyKind kind) throws KeyFileException {
    if (file.kind() != kind) {
      throw new KeyFileException(
          KeyFileException.Reason.WRONG_KIND,
          "the file holds a " + file.kind().label() + " key, not a " + kind.label() + " key");
    }
  }

  private static KeyFileException mismatch() {
    return new KeyFileException(
        KeyFileException.Reason.KEY_MISMATCH,
        "the decrypted key does not belong to the file's public key");
  }

  /** Best effort: each wiped array is a fresh copy owned by this class. */
  private static void wipe(Bytes secret) {
    Arrays.fill(secret.unsafeArray(), (byte) 0);
  }

  private static Bytes randomBytes(SecureRandom random, int size) {
    byte[] b = new byte[size];
    random.nextBytes(b);
    return Bytes.wrap(b);
  }
}
