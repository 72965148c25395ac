package org.silkchain.trade.governance.measure;

import java.util.List;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Fields;
import org.silkchain.trade.governance.ProposalType;

/**
 * Declares that the members {@code members} are under common control (a group of banks, a state and
 * its agencies) under {@code name}, so the concentration query adds up their votes and validators.
 * An empty member list dissolves the group.
 */
public record DeclareControlGroup(String name, List<AccountId> members) implements Measure {
  public static final int MAX_MEMBERS = 64;
  private static final Codec<String> NAME =
      Fields.string("group.name", 32, Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}"));

  public static final Codec<DeclareControlGroup> CODEC =
      new Codec<>() {
        @Override
        public void encode(DeclareControlGroup g, CanonicalWriter out) {
          NAME.encode(g.name, out);
          out.set(g.members, AccountId.CODEC);
        }

        @Override
        public DeclareControlGroup decode(CanonicalReader in) {
          return new DeclareControlGroup(
              NAME.decode(in), in.set("group.members", MAX_MEMBERS, AccountId.CODEC));
        }
      };

  public DeclareControlGroup {
    members = members.stream().sorted().distinct().toList();
  }

  @Override
  public ProposalType type() {
    return ProposalType.DECLARE_CONTROL_GROUP;
  }
}
