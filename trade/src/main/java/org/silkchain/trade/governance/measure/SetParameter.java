package org.silkchain.trade.governance.measure;

import java.util.List;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.runtime.module.Fields;
import org.silkchain.trade.governance.ProposalType;

/**
 * Sets a network parameter ({@link org.silkchain.trade.governance.params.Parameter}): one value for
 * a number, the closed days (days since 1970-01-01, ascending) for an examination calendar.
 */
public record SetParameter(String name, List<Long> values) implements Measure {
  public static final int MAX_VALUES = 512;
  private static final Codec<String> NAME =
      Fields.string("parameter.name", 48, Pattern.compile("[a-z][a-z0-9.-]{0,47}"));

  static final Codec<SetParameter> CODEC =
      new Codec<>() {
        @Override
        public void encode(SetParameter p, CanonicalWriter out) {
          NAME.encode(p.name, out);
          out.list(p.values, Fields.U63);
        }

        @Override
        public SetParameter decode(CanonicalReader in) {
          return new SetParameter(
              NAME.decode(in), in.list("parameter.values", MAX_VALUES, Fields.U63));
        }
      };

  public SetParameter {
    values = List.copyOf(values);
  }

  /** A numeric parameter. */
  public static SetParameter number(String name, long value) {
    return new SetParameter(name, List.of(value));
  }

  @Override
  public ProposalType type() {
    return ProposalType.SET_PARAMETER;
  }
}
