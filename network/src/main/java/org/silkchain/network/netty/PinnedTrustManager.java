package org.silkchain.network.netty;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.silkchain.codec.Bytes;
import org.silkchain.network.PeerId;
import org.silkchain.network.TlsIdentity;

/**
 * Accepts a TLS peer iff its leaf certificate's SHA-256 fingerprint is pinned, on both ends of a
 * connection: by the genesis, or later by the validator registry ({@link #pin}). There is no CA and
 * no chain building: the TLS handshake already proves that the peer holds the certificate's private
 * key, and the pin proves the certificate is the one that node registered. Host names and validity
 * dates are deliberately ignored.
 *
 * <p>Extending {@link X509ExtendedTrustManager} keeps the JDK from wrapping this class with its own
 * endpoint checks.
 */
final class PinnedTrustManager extends X509ExtendedTrustManager {
  /** Replaced whole on every change (copy on write): handshakes read it without locking. */
  private volatile Map<Bytes, PeerId> peersByFingerprint;

  PinnedTrustManager(Map<PeerId, Bytes> fingerprints) {
    Map<Bytes, PeerId> byFingerprint = new HashMap<>();
    fingerprints.forEach((peer, fingerprint) -> byFingerprint.put(fingerprint, peer));
    this.peersByFingerprint = Map.copyOf(byFingerprint);
  }

  /**
   * Pins {@code fingerprint} for {@code peer}, replacing the peer's previous pin (a validator that
   * registered a new certificate). Links already up stay up.
   *
   * @return false, changing nothing, if another peer holds this fingerprint
   */
  synchronized boolean pin(PeerId peer, Bytes fingerprint) {
    PeerId holder = peersByFingerprint.get(fingerprint);
    if (holder != null) {
      return holder.equals(peer);
    }
    Map<Bytes, PeerId> next = new HashMap<>(peersByFingerprint);
    next.values().removeIf(peer::equals);
    next.put(fingerprint, peer);
    peersByFingerprint = Map.copyOf(next);
    return true;
  }

  /** Whether {@code fingerprint} is pinned for {@code peer} already. */
  boolean pinned(PeerId peer, Bytes fingerprint) {
    return peer.equals(peersByFingerprint.get(fingerprint));
  }

  /** The node a presented certificate is pinned to, if any. */
  Optional<PeerId> peerOf(X509Certificate certificate) {
    return Optional.ofNullable(peersByFingerprint.get(TlsIdentity.fingerprintOf(certificate)));
  }

  private void check(X509Certificate[] chain) throws CertificateException {
    if (chain == null || chain.length == 0) {
      throw new CertificateException("peer presented no certificate");
    }
    Bytes fingerprint = TlsIdentity.fingerprintOf(chain[0]);
    if (!peersByFingerprint.containsKey(fingerprint)) {
      throw new CertificateException(
          "certificate sha256=" + fingerprint.toHex() + " is not pinned (genesis or registry)");
    }
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    check(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    check(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    check(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    check(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    check(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    check(chain);
  }

  /** None: the server's certificate request names no CA, so a peer sends its only certificate. */
  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
