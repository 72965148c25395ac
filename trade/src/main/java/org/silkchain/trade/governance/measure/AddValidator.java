package org.silkchain.trade.governance.measure;

import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Fields;
import org.silkchain.runtime.validators.ValidatorRegistry;
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
          PublicKey key = PublicKey.CODEC.decode(in);
          long power = Fields.positive(in, "validator.power");
          AccountId operator = AccountId.CODEC.decode(in);
          String address = in.string("validator.address", ValidatorRegistry.MAX_ADDRESS_BYTES);
          Bytes pin = in.bytes("validator.tlsFingerprint", ValidatorRegistry.TLS_FINGERPRINT_SIZE);
          if (!pin.isEmpty() && pin.size() != ValidatorRegistry.TLS_FINGERPRINT_SIZE) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE, "validator.tlsFingerprint: not 32 bytes");
          }
          return new AddValidator(key, power, operator, address, pin);
        }
      };

  /** The registry entry this measure adds. */
  public ValidatorRegistry.Entry entry() {
    return new ValidatorRegistry.Entry(key, power, operator, address, tlsFingerprint);
  }

  @Override
  public ProposalType type() {
    return ProposalType.ADD_VALIDATOR;
  }
}
