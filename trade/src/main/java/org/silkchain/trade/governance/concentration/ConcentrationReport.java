package org.silkchain.trade.governance.concentration;

import java.util.List;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;

/**
 * The answer of {@code governance/concentration}: voting power (eligible members) and validator
 * power by member, by jurisdiction and by declared control group, and the warnings.
 */
public record ConcentrationReport(
    long electorate,
    long totalPower,
    List<Share> members,
    List<Share> jurisdictions,
    List<Share> groups,
    List<Warning> warnings) {
  public static final int TYPE_TAG = 0x1007;
  private static final int MAX = 1024;

  public static final Codec<ConcentrationReport> CODEC =
      new Codec<>() {
        @Override
        public void encode(ConcentrationReport r, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).u63(r.electorate).u63(r.totalPower);
          out.list(r.members, Share.CODEC).list(r.jurisdictions, Share.CODEC);
          out.list(r.groups, Share.CODEC).list(r.warnings, Warning.CODEC);
        }

        @Override
        public ConcentrationReport decode(CanonicalReader in) {
          in.header("concentration", TYPE_TAG, 1);
          return new ConcentrationReport(
              in.u63("concentration.electorate"),
              in.u63("concentration.totalPower"),
              in.list("concentration.members", MAX, Share.CODEC),
              in.list("concentration.jurisdictions", MAX, Share.CODEC),
              in.list("concentration.groups", MAX, Share.CODEC),
              in.list("concentration.warnings", MAX, Warning.CODEC));
        }
      };

  public ConcentrationReport {
    members = List.copyOf(members);
    jurisdictions = List.copyOf(jurisdictions);
    groups = List.copyOf(groups);
    warnings = List.copyOf(warnings);
  }
}
