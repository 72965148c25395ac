package org.silkchain.trade.governance;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;

/**
 * An adopted text, kept under the hash of its UTF-8 content with the content itself: which kind
 * (decision, trade rule, waiver, interpretation, dispute-settlement report), its public reference
 * and title, the proposal that adopted it and when.
 */
public record Text(
    ProposalType kind,
    String reference,
    String title,
    String content,
    Hash hash,
    long proposal,
    long adoptedAt) {
  public static final int TYPE_TAG = 0x1004;

  public static final Codec<Text> CODEC =
      new Codec<>() {
        @Override
        public void encode(Text t, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).u8(t.kind.code()).string(t.reference).string(t.title);
          out.string(t.content);
          Hash.CODEC.encode(t.hash, out);
          out.u63(t.proposal).u63(t.adoptedAt);
        }

        @Override
        public Text decode(CanonicalReader in) {
          in.header("text", TYPE_TAG, 1);
          int code = in.u8("text.kind");
          ProposalType kind =
              ProposalType.fromCode(code)
                  .filter(ProposalType::isText)
                  .orElseThrow(
                      () ->
                          new DecodeException(
                              DecodeException.Reason.INVALID_VALUE, "text.kind " + code));
          return new Text(
              kind,
              in.string("text.reference", 64),
              in.string("text.title", 800),
              in.string("text.content", 16 * 1024),
              Hash.CODEC.decode(in),
              in.u63("text.proposal"),
              in.u63("text.adoptedAt"));
        }
      };
}
