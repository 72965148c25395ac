package org.silkchain.crypto;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.silkchain.codec.Bytes;

/** HKDF (RFC 5869) with HMAC-SHA-256, extract then expand, on BouncyCastle. */
public final class Hkdf {
  /** RFC 5869 caps the output at 255 blocks of the hash length. */
  public static final int MAX_LENGTH = 255 * 32;

  private Hkdf() {}

  /**
   * Derives {@code length} bytes. An empty {@code salt} means the RFC's default, a block of zeros.
   *
   * @throws IllegalArgumentException if {@code length} is not in {@code 1..MAX_LENGTH}
   */
  public static Bytes sha256(Bytes ikm, Bytes salt, Bytes info, int length) {
    if (length < 1 || length > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "HKDF-SHA-256 output length must be 1.." + MAX_LENGTH + ", got " + length);
    }
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
    hkdf.init(new HKDFParameters(ikm.unsafeArray(), salt.unsafeArray(), info.unsafeArray()));
    byte[] out = new byte[length];
    hkdf.generateBytes(out, 0, length);
    return Bytes.wrap(out);
  }
}
