package org.silkchain.node.driver;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/**
 * "Send me the decided blocks from {@code fromHeight}": what a node that sees its peers ahead but
 * is not caught up by consensus asks on the {@code SYNC} channel. Consensus serves lagging
 * validators by itself (their old votes reveal their height), but a node that is not (yet) a
 * validator sends no votes: a member about to be admitted, or an observer. The answer is a batch of
 * {@code DecisionMessage}s on the consensus channel, checked like any other.
 */
public record SyncRequest(long fromHeight) {
  public static final int TYPE_TAG = 0x0710;
  public static final int VERSION = 1;

  public static final Codec<SyncRequest> CODEC =
      new Codec<>() {
        @Override
        public void encode(SyncRequest r, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION).u63(r.fromHeight);
        }

        @Override
        public SyncRequest decode(CanonicalReader in) {
          in.header("syncRequest", TYPE_TAG, VERSION);
          long from = in.u63("syncRequest.fromHeight");
          if (from < 1) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE, "syncRequest.fromHeight below 1");
          }
          return new SyncRequest(from);
        }
      };

  public SyncRequest {
    if (fromHeight < 1) {
      throw new IllegalArgumentException("fromHeight below 1");
    }
  }
}
