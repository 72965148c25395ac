package org.silkchain.trade.confidential;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;
import org.silkchain.trade.identity.Identities;
import org.silkchain.trade.identity.Jurisdictions;
import org.silkchain.trade.identity.Member;

/**
 * Which regulators must be able to read a deal's content. A regulator member has a mandate over its
 * own jurisdiction by default; governance grants further ones (a supranational supervisor, a
 * regulator standing in for a country without one), kept as {@code confidential/mandate/<CC>}: the
 * sorted set of regulator accounts granted a mandate over country {@code CC}.
 *
 * <p>{@link #grant} and {@link #revoke} are for the governance module to call when a decision takes
 * effect; they check and write through the decision's execution context.
 */
public final class Mandates {
  public static final int TYPE_TAG = 0x0D02;
  public static final int MAX_GRANTED = 256;
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  static final Codec<List<AccountId>> CODEC =
      new Codec<>() {
        @Override
        public void encode(List<AccountId> accounts, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).set(accounts, AccountId.CODEC);
        }

        @Override
        public List<AccountId> decode(CanonicalReader in) {
          in.header("mandates", TYPE_TAG, 1);
          return in.set("mandates.regulators", MAX_GRANTED, AccountId.CODEC);
        }
      };

  private Mandates() {}

  public static Bytes key(String jurisdiction) {
    return StateKey.of(ConfidentialCodes.NAME, "mandate", country(jurisdiction));
  }

  /** The regulators granted a mandate over {@code jurisdiction} by governance, ascending. */
  public static List<AccountId> granted(StateAccess state, String jurisdiction) {
    return state.read(key(jurisdiction), CODEC).orElse(List.of());
  }

  /**
   * Every regulator whose mandate covers {@code jurisdiction}: the regulator members of that
   * jurisdiction and those granted a mandate over it, ascending, without repeats.
   */
  public static List<AccountId> regulatorsFor(StateAccess state, String jurisdiction) {
    TreeSet<AccountId> all =
        new TreeSet<>(Jurisdictions.members(state, country(jurisdiction), Role.REGULATOR));
    all.addAll(granted(state, jurisdiction));
    return List.copyOf(all);
  }

  /**
   * Gives {@code regulator} (a member with the regulator role) a mandate over {@code jurisdiction}.
   * Refuses with {@code confidential.NOT_REGULATOR}, or {@code confidential.MANDATE_EXISTS} when it
   * already has one (granted, or its own country).
   */
  public static void grant(ExecutionContext ctx, String jurisdiction, AccountId regulator) {
    requireCountry(jurisdiction);
    Member member =
        Identities.member(ctx, regulator)
            .filter(m -> m.roles().contains(Role.REGULATOR))
            .orElseThrow(
                () ->
                    new Rejection(
                        ConfidentialCodes.NOT_REGULATOR, regulator + " is not a regulator member"));
    require(
        !member.jurisdiction().equals(jurisdiction),
        ConfidentialCodes.MANDATE_EXISTS,
        () -> "a regulator of " + jurisdiction + " has a mandate over it already");
    List<AccountId> current = granted(ctx, jurisdiction);
    require(
        !current.contains(regulator),
        ConfidentialCodes.MANDATE_EXISTS,
        () -> regulator + " already has a mandate over " + jurisdiction);
    require(
        current.size() < MAX_GRANTED,
        ResultCode.LIMIT_EXCEEDED,
        () -> "more than " + MAX_GRANTED + " mandates over " + jurisdiction);
    TreeSet<AccountId> next = new TreeSet<>(current);
    next.add(regulator);
    ctx.write(key(jurisdiction), CODEC, List.copyOf(next));
    ctx.emit(event("mandate-granted", jurisdiction, regulator));
  }

  /** Withdraws a granted mandate ({@code confidential.NO_MANDATE} if there is none). */
  public static void revoke(ExecutionContext ctx, String jurisdiction, AccountId regulator) {
    requireCountry(jurisdiction);
    List<AccountId> rest = new ArrayList<>(granted(ctx, jurisdiction));
    require(
        rest.remove(regulator),
        ConfidentialCodes.NO_MANDATE,
        () -> regulator + " has no granted mandate over " + jurisdiction);
    if (rest.isEmpty()) {
      ctx.delete(key(jurisdiction));
    } else {
      ctx.write(key(jurisdiction), CODEC, rest);
    }
    ctx.emit(event("mandate-revoked", jurisdiction, regulator));
  }

  private static Event event(String type, String jurisdiction, AccountId regulator) {
    return Event.of(ConfidentialCodes.NAME, type)
        .with("jurisdiction", jurisdiction)
        .with("regulator", regulator.toString());
  }

  private static void requireCountry(String jurisdiction) {
    require(
        jurisdiction != null && COUNTRY.matcher(jurisdiction).matches(),
        ResultCode.INVALID_ARGUMENT,
        () -> "jurisdiction must be ISO 3166-1 alpha-2: " + jurisdiction);
  }

  private static String country(String jurisdiction) {
    if (jurisdiction == null || !COUNTRY.matcher(jurisdiction).matches()) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + jurisdiction);
    }
    return jurisdiction;
  }
}
