package org.silkchain.network;

import java.nio.charset.StandardCharsets;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.PrivateKey;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.Signature;
import org.silkchain.crypto.SignatureSuite;

/**
 * Binds a TLS certificate to a node's consensus key: the node signs its certificate's fingerprint
 * with its consensus key, and the genesis carries key, fingerprint and signature. Anyone checking
 * the genesis can then see that each pinned certificate was chosen by the key's holder, not
 * substituted by whoever assembled the genesis.
 *
 * <p>Signed bytes: the ASCII domain {@code "silkchain/tls-binding/v1"}, a zero byte, then the
 * 32-byte SHA-256 of the certificate's DER encoding. The domain keeps these signatures from ever
 * being valid as votes, transactions or anything else the consensus key signs.
 */
public final class CertificateBinding {
  public static final Bytes DOMAIN =
      Bytes.wrap("silkchain/tls-binding/v1\0".getBytes(StandardCharsets.US_ASCII));

  public static final int FINGERPRINT_SIZE = 32;

  private CertificateBinding() {}

  /** The exact bytes signed for {@code fingerprint}. */
  public static Bytes signBytes(Bytes fingerprint) {
    if (fingerprint.size() != FINGERPRINT_SIZE) {
      throw new IllegalArgumentException(
          "a certificate fingerprint has "
              + FINGERPRINT_SIZE
              + " bytes, got "
              + fingerprint.size());
    }
    return DOMAIN.concat(fingerprint);
  }

  /**
   * Signs {@code fingerprint} (see {@link TlsIdentity#certificateFingerprint()}) with the node's
   * consensus key.
   */
  public static Signature sign(SignatureSuite suite, PrivateKey nodeKey, Bytes fingerprint) {
    return suite.sign(nodeKey, signBytes(fingerprint));
  }

  /** True iff {@code signature} is {@code nodeKey}'s binding of {@code fingerprint}. */
  public static boolean verify(
      SignatureSuite suite, PublicKey nodeKey, Bytes fingerprint, Signature signature) {
    if (fingerprint.size() != FINGERPRINT_SIZE || nodeKey.suite() != suite.id()) {
      return false;
    }
    return suite.verify(nodeKey, signBytes(fingerprint), signature);
  }
}
