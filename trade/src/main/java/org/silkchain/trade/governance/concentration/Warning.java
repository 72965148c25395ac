package org.silkchain.trade.governance.concentration;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;

/**
 * A concentration the consortium should know about.
 *
 * @param kind {@code validator-power} (near a third of the validators' power: the Byzantine limit)
 *     or {@code blocking-minority} (near enough votes to block the fallback majority of {@code
 *     proposalType})
 * @param subjectKind {@code jurisdiction} or {@code group}
 * @param amount what the subject holds (power or votes)
 * @param total the whole (total power or eligible members)
 * @param limit the amount at which it would reach the limit (power {@code >= total/3}, or the size
 *     of the smallest blocking minority)
 */
public record Warning(
    String kind,
    String subjectKind,
    String subject,
    long amount,
    long total,
    long limit,
    String proposalType) {
  public static final String VALIDATOR_POWER = "validator-power";
  public static final String BLOCKING_MINORITY = "blocking-minority";

  static final Codec<Warning> CODEC =
      new Codec<>() {
        @Override
        public void encode(Warning w, CanonicalWriter out) {
          out.string(w.kind).string(w.subjectKind).string(w.subject);
          out.u63(w.amount).u63(w.total).u63(w.limit).string(w.proposalType);
        }

        @Override
        public Warning decode(CanonicalReader in) {
          return new Warning(
              in.string("warning.kind", 32),
              in.string("warning.subjectKind", 32),
              in.string("warning.subject", 64),
              in.u63("warning.amount"),
              in.u63("warning.total"),
              in.u63("warning.limit"),
              in.string("warning.proposalType", 32));
        }
      };
}
