package org.silkchain.consensus.payload;

import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;

/**
 * What a validator signs when it votes: {@code <PREVOTE|PRECOMMIT, chainId, height, round,
 * id(v)|nil>}. An empty {@code value} is a nil vote.
 *
 * <p>A commit certificate stores only height, round, block hash and signatures; the precommit
 * sign-bytes are rebuilt from those plus the chain id by {@link #precommit}, which is why nothing
 * else may enter this payload.
 */
public record VotePayload(
    String chainId, long height, int round, VoteType type, Optional<Hash> value) {
  public static final int TYPE_TAG = 0x0502;
  public static final int VERSION = 1;

  public static final Codec<VotePayload> CODEC =
      new Codec<>() {
        @Override
        public void encode(VotePayload v, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION)
              .string(v.chainId)
              .u63(v.height)
              .u32(v.round)
              .u8(v.type.code())
              .optional(v.value, Hash.CODEC);
        }

        @Override
        public VotePayload decode(CanonicalReader in) {
          in.header("vote", TYPE_TAG, VERSION);
          String chainId = PayloadFields.read(in, "vote.chainId");
          long height = PayloadFields.readHeight(in, "vote.height");
          int round = PayloadFields.readRound(in, "vote.round");
          VoteType type = VoteType.fromCode(in.u8("vote.type"));
          Optional<Hash> value = in.optional("vote.value", Hash.CODEC);
          return new VotePayload(chainId, height, round, type, value);
        }
      };

  public VotePayload {
    PayloadFields.check(chainId);
    if (height < 1 || round < 0) {
      throw new IllegalArgumentException("bad height or round");
    }
  }

  public static VotePayload precommit(String chainId, long height, int round, Hash value) {
    return new VotePayload(chainId, height, round, VoteType.PRECOMMIT, Optional.of(value));
  }

  public boolean isNil() {
    return value.isEmpty();
  }

  /** {@link SignDomains#VOTE} followed by the canonical encoding. */
  public Bytes signBytes() {
    return SignDomains.VOTE.concat(CODEC.encode(this));
  }
}
