package org.silkchain.trade.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.ledger.transaction.AccountId;

/**
 * Every member of the consortium and whether it is suspended, in account order: the one list that
 * governance enumerates (state offers no range scans), kept under {@code identity/roster}.
 *
 * <p>Invariants: accounts distinct and ascending; at most {@value #MAX_MEMBERS} members.
 */
public record Roster(List<Standing> members) {
  public static final int TYPE_TAG = 0x0950;
  public static final int MAX_MEMBERS = 256;

  /** A member's account and whether its membership rights are suspended. */
  public record Standing(AccountId account, boolean suspended) {
    static final Codec<Standing> CODEC =
        new Codec<>() {
          @Override
          public void encode(Standing s, CanonicalWriter out) {
            AccountId.CODEC.encode(s.account, out);
            out.bool(s.suspended);
          }

          @Override
          public Standing decode(CanonicalReader in) {
            return new Standing(AccountId.CODEC.decode(in), in.bool("roster.suspended"));
          }
        };
  }

  public static final Roster EMPTY = new Roster(List.of());

  public static final Codec<Roster> CODEC =
      new Codec<>() {
        @Override
        public void encode(Roster r, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).set(r.members, Standing.CODEC);
        }

        @Override
        public Roster decode(CanonicalReader in) {
          in.header("roster", TYPE_TAG, 1);
          List<Standing> members = in.set("roster.members", MAX_MEMBERS, Standing.CODEC);
          for (int i = 1; i < members.size(); i++) {
            if (members.get(i - 1).account().equals(members.get(i).account())) {
              throw new DecodeException(
                  DecodeException.Reason.DUPLICATE, "roster: an account twice");
            }
          }
          return new Roster(members);
        }
      };

  public Roster {
    members = List.copyOf(members);
    for (int i = 1; i < members.size(); i++) {
      if (members.get(i - 1).account().compareTo(members.get(i).account()) >= 0) {
        throw new IllegalArgumentException("roster not in account order");
      }
    }
    if (members.size() > MAX_MEMBERS) {
      throw new IllegalArgumentException("more than " + MAX_MEMBERS + " members");
    }
  }

  public Optional<Standing> standing(AccountId account) {
    return members.stream().filter(s -> s.account.equals(account)).findFirst();
  }

  public boolean isActive(AccountId account) {
    return standing(account).map(s -> !s.suspended).orElse(false);
  }

  /** Members not suspended, in account order. */
  public List<AccountId> active() {
    return members.stream().filter(s -> !s.suspended).map(Standing::account).toList();
  }

  /** A copy with {@code account} added or its standing replaced. */
  public Roster with(AccountId account, boolean suspended) {
    List<Standing> next = new ArrayList<>(without(account).members);
    next.add(new Standing(account, suspended));
    next.sort((a, b) -> a.account().compareTo(b.account()));
    return new Roster(next);
  }

  public Roster without(AccountId account) {
    return new Roster(members.stream().filter(s -> !s.account.equals(account)).toList());
  }
}
