package org.silkchain.crypto;

import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.silkchain.codec.Bytes;

/**
 * The authenticated ciphers Silkchain encrypts with: GCM over AES (the JDK's, which uses AES-NI and
 * carry-less multiply) or over SM4 (BouncyCastle's {@link SM4Engine}).
 *
 * <p>Only one configuration is accepted: a 96-bit nonce and a 128-bit tag. Other nonce sizes make
 * GCM hash the nonce into a counter, and shorter tags weaken forgery bounds; neither buys anything
 * here, so both are rejected with {@link IllegalArgumentException} rather than supported. A sealed
 * value is {@code ciphertext || tag}.
 *
 * <p>A (key, nonce) pair must never seal two different messages; callers use a fresh random key or
 * a fresh random nonce per message.
 */
public enum Aead {
  /** AES-GCM with a 128-, 192- or 256-bit key; Silkchain itself always uses 256-bit keys. */
  AES_GCM("AES-GCM", 16, 24, 32),
  /** SM4-GCM (GB/T 32907 block cipher in GCM mode) with its only key size, 128 bits. */
  SM4_GCM("SM4-GCM", 16);

  public static final int NONCE_SIZE = 12;
  public static final int TAG_SIZE = 16;

  private final String label;
  private final int[] keySizes;

  Aead(String label, int... keySizes) {
    this.label = label;
    this.keySizes = keySizes;
  }

  /** Whether {@code size} (in bytes) is a key size this cipher takes. */
  public boolean acceptsKeySize(int size) {
    for (int s : keySizes) {
      if (s == size) {
        return true;
      }
    }
    return false;
  }

  /** Encrypts and authenticates; returns {@code ciphertext || 16-byte tag}. */
  public Bytes seal(Bytes key, Bytes nonce, Bytes plaintext, Bytes aad) {
    check(key, nonce);
    return switch (this) {
      case AES_GCM -> jdk(Cipher.ENCRYPT_MODE, key, nonce, plaintext, aad);
      case SM4_GCM -> bouncy(true, key, nonce, plaintext, aad);
    };
  }

  /**
   * Checks the tag and decrypts. Empty when the tag does not verify: a wrong key, nonce or {@code
   * aad}, or a modified or truncated {@code sealed}. No plaintext is released in that case.
   */
  public Optional<Bytes> open(Bytes key, Bytes nonce, Bytes sealed, Bytes aad) {
    check(key, nonce);
    if (sealed.size() < TAG_SIZE) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          switch (this) {
            case AES_GCM -> jdk(Cipher.DECRYPT_MODE, key, nonce, sealed, aad);
            case SM4_GCM -> bouncy(false, key, nonce, sealed, aad);
          });
    } catch (AuthenticationFailed e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return label;
  }

  private void check(Bytes key, Bytes nonce) {
    if (!acceptsKeySize(key.size())) {
      throw new IllegalArgumentException(label + " does not take a " + key.size() + "-byte key");
    }
    if (nonce.size() != NONCE_SIZE) {
      throw new IllegalArgumentException(
          label + " takes a " + NONCE_SIZE + "-byte nonce, got " + nonce.size());
    }
  }

  private static Bytes jdk(int mode, Bytes key, Bytes nonce, Bytes input, Bytes aad) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          mode,
          new SecretKeySpec(key.unsafeArray(), "AES"),
          new GCMParameterSpec(TAG_SIZE * 8, nonce.unsafeArray()));
      cipher.updateAAD(aad.unsafeArray());
      return Bytes.wrap(cipher.doFinal(input.unsafeArray()));
    } catch (AEADBadTagException e) {
      throw new AuthenticationFailed();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  private static Bytes bouncy(boolean encrypt, Bytes key, Bytes nonce, Bytes input, Bytes aad) {
    GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
    gcm.init(
        encrypt,
        new AEADParameters(
            new KeyParameter(key.unsafeArray()), TAG_SIZE * 8, nonce.unsafeArray(), aad.toArray()));
    byte[] out = new byte[gcm.getOutputSize(input.size())];
    int n = gcm.processBytes(input.unsafeArray(), 0, input.size(), out, 0);
    try {
      n += gcm.doFinal(out, n);
    } catch (InvalidCipherTextException e) {
      throw new AuthenticationFailed();
    }
    return n == out.length ? Bytes.wrap(out) : Bytes.of(out, 0, n);
  }

  /** Internal signal that a tag did not verify; never escapes {@link #open}. */
  private static final class AuthenticationFailed extends RuntimeException {
    AuthenticationFailed() {
      super(null, null, false, false);
    }
  }
}
