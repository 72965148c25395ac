package org.silkchain.trade.governance.measure;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.governance.ProposalType;

/** Suspends, reinstates or removes the member with account {@code member}. */
public record MemberChange(ProposalType type, AccountId member) implements Measure {
  public MemberChange {
    Objects.requireNonNull(member, "member");
    if (type != ProposalType.SUSPEND_MEMBER
        && type != ProposalType.REINSTATE_MEMBER
        && type != ProposalType.REMOVE_MEMBER) {
      throw new IllegalArgumentException("not a member change: " + type);
    }
  }

  static void write(MemberChange c, CanonicalWriter out) {
    AccountId.CODEC.encode(c.member, out);
  }

  static MemberChange read(ProposalType type, CanonicalReader in) {
    return new MemberChange(type, AccountId.CODEC.decode(in));
  }
}
