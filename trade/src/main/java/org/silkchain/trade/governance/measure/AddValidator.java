package org.silkchain.trade.governance.measure;

import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Fields;
import org.silkchain.trade.governance.ProposalType;

/**
 * Adds a validator (or re-weights one): its consensus key, voting power, operating member, peer
 * address {@code host:port} and the SHA-256 fingerprint of its TLS certificate (32 bytes, or empty
 * to re-weight a registered validator). The validator registry checks the values when it executes.
 */
public record AddValidator(
    PublicKey key, long power, AccountId operator, String address, Bytes tlsFingerprint)
    implements Measure {
  static final Codec<AddValidator> CODEC =
      new Codec<>() {
        @Override
        public void encode(AddValidator v, CanonicalWriter out) {
          PublicKey.CODEC.encode(v.key, out);
          out.u63(v.power);
          AccountId.CODEC.encode(v.operator, out);
          out.string(v.address).bytes(v.tlsFingerprint);
        }

        @Override
        public AddValidator decode(CanonicalReader in) {
          return new AddValidator(
              PublicKey.CODEC.decode(in),
              Fields.positive(in, "validator.power"),
              AccountId.CODEC.decode(in),
              in.string("validator.address", 260),
              in.bytes("validator.tlsFingerprint", 32));
        }
      };

  @Override
  public ProposalType type() {
    return ProposalType.ADD_VALIDATOR;
  }
}
