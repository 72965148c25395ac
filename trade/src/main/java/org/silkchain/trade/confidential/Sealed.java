package org.silkchain.trade.confidential;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.envelope.Envelope;

/**
 * Business content as the chain carries it: an {@link Envelope} that only the deal's parties (and
 * mandated regulators) can open, and a salted {@code commitment} to the plaintext, so that a
 * recipient can prove that two envelopes (say, the same bill re-sealed for a new holder) carry the
 * same content without the chain learning it. The plaintext inside the envelope is {@code salt(32)
 * || content}; {@code commitment = H("silkchain/sealed" || salt || content)}.
 *
 * <p>Validators see only the recipients' public keys and sizes; they check the recipient list
 * against the parties ({@link Confidentiality#requireRecipients}).
 */
public record Sealed(Envelope envelope, Hash commitment) {
  public static final int TYPE_TAG = 0x0D01;
  public static final int VERSION = 1;

  /** The largest envelope a transaction may carry, encoded (bounded before allocation). */
  public static final int MAX_ENVELOPE_BYTES = 256 * 1024;

  public static final Codec<Sealed> CODEC =
      new Codec<>() {
        @Override
        public void encode(Sealed s, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION);
          Envelope.CODEC.encode(s.envelope, out);
          Hash.CODEC.encode(s.commitment, out);
        }

        @Override
        public Sealed decode(CanonicalReader in) {
          in.header("sealed", TYPE_TAG, VERSION);
          Envelope envelope = Envelope.CODEC.decode(in);
          if (envelope.ciphertext().size() > MAX_ENVELOPE_BYTES) {
            throw new DecodeException(
                DecodeException.Reason.TOO_LONG, "sealed.envelope: over " + MAX_ENVELOPE_BYTES);
          }
          return new Sealed(envelope, Hash.CODEC.decode(in));
        }
      };

  public Sealed {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(commitment, "commitment");
  }
}
