package org.silkchain.trade.governance.measure;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.trade.governance.ProposalType;
import org.silkchain.trade.governance.voting.RuleSet;

/**
 * Replaces the rule set of proposal type {@code target}. Proposals already tabled keep the rules
 * they were tabled under.
 */
public record ChangeRules(ProposalType target, RuleSet rules) implements Measure {
  static final Codec<ChangeRules> CODEC =
      new Codec<>() {
        @Override
        public void encode(ChangeRules c, CanonicalWriter out) {
          out.u8(c.target.code());
          RuleSet.CODEC.encode(c.rules, out);
        }

        @Override
        public ChangeRules decode(CanonicalReader in) {
          int code = in.u8("changeRules.target");
          ProposalType target =
              ProposalType.fromCode(code)
                  .orElseThrow(
                      () ->
                          new DecodeException(
                              DecodeException.Reason.INVALID_VALUE, "changeRules.target " + code));
          return new ChangeRules(target, RuleSet.CODEC.decode(in));
        }
      };

  @Override
  public ProposalType type() {
    return ProposalType.CHANGE_RULES;
  }
}
