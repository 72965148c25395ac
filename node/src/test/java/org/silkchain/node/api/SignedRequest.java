package org.silkchain.node.api;

import java.util.Map;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.ledger.transaction.AccountId;

/** The headers of a member's signed read request, as a client makes them. */
final class SignedRequest {
  private SignedRequest() {}

  static Map<String, String> headers(
      KeyPair key, AccountId account, String method, String pathAndQuery, long timestamp) {
    var signature =
        SignatureSuite.of(key.publicKey().suite())
            .sign(
                key.privateKey(),
                RequestAuth.message(method, pathAndQuery, new byte[0], timestamp));
    return Map.of(
        RequestAuth.ACCOUNT,
        account.toString(),
        RequestAuth.TIMESTAMP,
        Long.toString(timestamp),
        RequestAuth.SIGNATURE,
        signature.bytes().toHex());
  }
}
