package org.silkchain.trade.governance.measure;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.trade.governance.ProposalType;

/**
 * What a proposal would change, exactly as it will be executed if adopted. Encoded as the type's
 * one-byte code followed by the variant's fields.
 */
public sealed interface Measure
    permits AdmitMember,
        MemberChange,
        AddValidator,
        RemoveValidator,
        SetBasket,
        SetParameter,
        AdoptText,
        ChangeRules,
        DeclareControlGroup {
  ProposalType type();

  Codec<Measure> CODEC =
      new Codec<>() {
        @Override
        public void encode(Measure m, CanonicalWriter out) {
          out.u8(m.type().code());
          switch (m) {
            case AdmitMember a -> AdmitMember.CODEC.encode(a, out);
            case MemberChange c -> MemberChange.write(c, out);
            case AddValidator v -> AddValidator.CODEC.encode(v, out);
            case RemoveValidator r -> RemoveValidator.CODEC.encode(r, out);
            case SetBasket b -> SetBasket.CODEC.encode(b, out);
            case SetParameter p -> SetParameter.CODEC.encode(p, out);
            case AdoptText t -> AdoptText.write(t, out);
            case ChangeRules r -> ChangeRules.CODEC.encode(r, out);
            case DeclareControlGroup g -> DeclareControlGroup.CODEC.encode(g, out);
          }
        }

        @Override
        public Measure decode(CanonicalReader in) {
          int code = in.u8("measure.type");
          ProposalType type =
              ProposalType.fromCode(code)
                  .orElseThrow(
                      () ->
                          new DecodeException(
                              DecodeException.Reason.INVALID_VALUE, "measure.type " + code));
          return switch (type) {
            case ADMIT_MEMBER -> AdmitMember.CODEC.decode(in);
            case SUSPEND_MEMBER, REINSTATE_MEMBER, REMOVE_MEMBER -> MemberChange.read(type, in);
            case ADD_VALIDATOR -> AddValidator.CODEC.decode(in);
            case REMOVE_VALIDATOR -> RemoveValidator.CODEC.decode(in);
            case SET_BASKET -> SetBasket.CODEC.decode(in);
            case SET_PARAMETER -> SetParameter.CODEC.decode(in);
            case ADOPT_DECISION,
                ADOPT_TRADE_RULE,
                ADOPT_WAIVER,
                ADOPT_INTERPRETATION,
                ADOPT_DS_REPORT ->
                AdoptText.read(type, in);
            case CHANGE_RULES -> ChangeRules.CODEC.decode(in);
            case DECLARE_CONTROL_GROUP -> DeclareControlGroup.CODEC.decode(in);
          };
        }
      };
}
