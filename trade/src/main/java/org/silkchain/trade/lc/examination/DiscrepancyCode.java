package org.silkchain.trade.lc.examination;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/**
 * A discrepancy as a refusal notice names it on the chain: the article and the field, no business
 * data (the message with amounts and names goes to the parties inside sealed content).
 */
public record DiscrepancyCode(Article article, String field)
    implements Comparable<DiscrepancyCode> {
  public static final int TYPE_TAG = 0x0F20;
  public static final int MAX_FIELD = 48;
  public static final Pattern FIELD = Pattern.compile("[a-z][A-Za-z0-9.]{0,47}");

  public static final Codec<DiscrepancyCode> CODEC =
      new Codec<>() {
        @Override
        public void encode(DiscrepancyCode d, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).string(d.article.code()).string(d.field);
        }

        @Override
        public DiscrepancyCode decode(CanonicalReader in) {
          in.header("discrepancy", TYPE_TAG, 1);
          String code = in.string("discrepancy.article", 16);
          Article article =
              Article.fromCode(code)
                  .orElseThrow(
                      () ->
                          new DecodeException(
                              DecodeException.Reason.INVALID_VALUE,
                              "discrepancy.article: unknown " + code));
          String field = in.string("discrepancy.field", MAX_FIELD);
          if (!FIELD.matcher(field).matches()) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "discrepancy.field");
          }
          return new DiscrepancyCode(article, field);
        }
      };

  public DiscrepancyCode {
    Objects.requireNonNull(article, "article");
    if (!FIELD.matcher(field).matches()) {
      throw new IllegalArgumentException("invalid discrepancy field " + field);
    }
  }

  /** The order of the encodings, which is the order a canonical set of codes is written in. */
  @Override
  public int compareTo(DiscrepancyCode o) {
    return CODEC.encode(this).compareTo(CODEC.encode(o));
  }

  /** {@code codes} sorted as a canonical set (by encoding), without repeats. */
  public static List<DiscrepancyCode> canonical(java.util.Collection<DiscrepancyCode> codes) {
    return codes.stream().distinct().sorted().toList();
  }

  @Override
  public String toString() {
    return article.code() + " " + field;
  }
}
