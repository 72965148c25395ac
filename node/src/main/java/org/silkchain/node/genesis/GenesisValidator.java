package org.silkchain.node.genesis;

import java.util.Objects;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.Signature;

/**
 * A validator node of the genesis: the member running it, its consensus key and power, the SHA-256
 * fingerprint of its TLS certificate with the node key's signature binding it ({@code
 * network.CertificateBinding}), and where it listens for peers.
 */
public record GenesisValidator(
    String memberId,
    PublicKey nodeKey,
    long power,
    Bytes tlsFingerprint,
    Signature tlsBinding,
    String host,
    int port) {
  public static final int MAX_HOST_BYTES = 253;

  public static final Codec<GenesisValidator> CODEC =
      new Codec<>() {
        @Override
        public void encode(GenesisValidator v, CanonicalWriter out) {
          out.string(v.memberId);
          PublicKey.CODEC.encode(v.nodeKey, out);
          out.u63(v.power).fixed(v.tlsFingerprint, 32);
          Signature.CODEC.encode(v.tlsBinding, out);
          out.string(v.host).u16(v.port);
        }

        @Override
        public GenesisValidator decode(CanonicalReader in) {
          String member = in.string("validator.member", 32);
          PublicKey key = PublicKey.CODEC.decode(in);
          long power = in.u63("validator.power");
          Bytes fingerprint = in.fixed("validator.tlsFingerprint", 32);
          Signature binding = Signature.CODEC.decode(in);
          String host = in.string("validator.host", MAX_HOST_BYTES);
          int port = in.u16("validator.port");
          try {
            return new GenesisValidator(member, key, power, fingerprint, binding, host, port);
          } catch (IllegalArgumentException e) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, e.getMessage());
          }
        }
      };

  public GenesisValidator {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(nodeKey, "nodeKey");
    Objects.requireNonNull(tlsBinding, "tlsBinding");
    Objects.requireNonNull(host, "host");
    if (tlsFingerprint.size() != 32) {
      throw new IllegalArgumentException("a TLS fingerprint has 32 bytes");
    }
    if (power < 1 || port < 1 || port > 65535) {
      throw new IllegalArgumentException("validator power below 1 or port out of range");
    }
  }
}
