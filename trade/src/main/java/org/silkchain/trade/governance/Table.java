package org.silkchain.trade.governance;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.trade.governance.measure.Measure;

/**
 * Body of {@code governance/table}: the measure, how long members deliberate before voting opens,
 * how long voting then lasts (both in milliseconds of block time), and the height at which an
 * adopted measure executes (0: when the vote is closed).
 */
public record Table(
    Measure measure, long deliberationMillis, long votingMillis, long executeAtHeight) {
  public static final int TYPE_TAG = 0x1010;

  public static final Codec<Table> CODEC =
      new Codec<>() {
        @Override
        public void encode(Table t, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Measure.CODEC.encode(t.measure, out);
          out.u63(t.deliberationMillis).u63(t.votingMillis).u63(t.executeAtHeight);
        }

        @Override
        public Table decode(CanonicalReader in) {
          in.header("table", TYPE_TAG, 1);
          return new Table(
              Measure.CODEC.decode(in),
              in.u63("table.deliberationMillis"),
              in.u63("table.votingMillis"),
              in.u63("table.executeAtHeight"));
        }
      };

  /** Executes when closed. */
  public static Table of(Measure measure, long deliberationMillis, long votingMillis) {
    return new Table(measure, deliberationMillis, votingMillis, 0);
  }
}
