package org.silkchain.trade.governance;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.ArrayList;
import java.util.List;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;
import org.silkchain.trade.governance.measure.DeclareControlGroup;
import org.silkchain.trade.identity.MemberRegistry;
import org.silkchain.trade.identity.Roster;

/**
 * Declared groups of members under common control, by name ({@code governance/groups}), which the
 * concentration query adds up. Set in genesis or by a declare-control-group proposal.
 */
public record ControlGroups(List<DeclareControlGroup> groups) {
  public static final int TYPE_TAG = 0x1005;
  public static final int MAX_GROUPS = 64;
  public static final ControlGroups NONE = new ControlGroups(List.of());

  public static final Codec<ControlGroups> CODEC =
      new Codec<>() {
        @Override
        public void encode(ControlGroups g, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).set(g.groups, DeclareControlGroup.CODEC);
        }

        @Override
        public ControlGroups decode(CanonicalReader in) {
          in.header("controlGroups", TYPE_TAG, 1);
          List<DeclareControlGroup> groups =
              in.set("controlGroups", MAX_GROUPS, DeclareControlGroup.CODEC);
          java.util.TreeSet<String> names = new java.util.TreeSet<>();
          for (DeclareControlGroup g : groups) {
            if (g.members().isEmpty() || !names.add(g.name())) {
              throw new DecodeException(
                  DecodeException.Reason.INVALID_VALUE, "controlGroups: empty or repeated group");
            }
          }
          return new ControlGroups(groups);
        }
      };

  public ControlGroups {
    groups =
        groups.stream()
            .filter(g -> !g.members().isEmpty())
            .sorted((a, b) -> a.name().compareTo(b.name()))
            .toList();
  }

  public static Bytes key() {
    return StateKey.of(GovernanceModule.NAME, "groups");
  }

  public static ControlGroups of(StateAccess state) {
    return state.read(key(), CODEC).orElse(NONE);
  }

  /**
   * Declares, replaces or (with no members) dissolves a group; every member must be on the roster.
   */
  static void declare(ExecutionContext ctx, DeclareControlGroup group) {
    Roster roster = MemberRegistry.roster(ctx);
    for (AccountId a : group.members()) {
      require(
          roster.standing(a).isPresent(),
          GovernanceCodes.INVALID_GROUP,
          () -> "group " + group.name() + ": " + a + " is not a member");
    }
    List<DeclareControlGroup> next = new ArrayList<>();
    for (DeclareControlGroup g : of(ctx).groups) {
      if (!g.name().equals(group.name())) {
        next.add(g);
      }
    }
    next.add(group);
    ControlGroups updated = new ControlGroups(next);
    require(
        updated.groups.size() <= MAX_GROUPS,
        GovernanceCodes.INVALID_GROUP,
        "more than " + MAX_GROUPS + " groups");
    ctx.write(key(), CODEC, updated);
    ctx.emit(
        Event.of(GovernanceModule.NAME, "control-group-declared")
            .with("group", group.name())
            .with("members", group.members().size()));
  }
}
