package org.silkchain.consensus.signing;

import org.silkchain.codec.Bytes;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.Signature;

/**
 * The node's consensus key, as a synchronous port of the engine.
 *
 * <p>Calling it from the pure engine keeps the engine deterministic as far as consensus is
 * concerned: Ed25519 signatures are a function of key and message (RFC 8032), and for suites with
 * randomized signatures (SM2) two signatures over the same payload are the same vote, never a
 * conflict, because conflicts are judged on payloads. An implementation may live in a remote
 * signer, as long as it answers synchronously and never signs for someone else's key.
 */
public interface Signer {
  PublicKey publicKey();

  Signature sign(Bytes message);
}
