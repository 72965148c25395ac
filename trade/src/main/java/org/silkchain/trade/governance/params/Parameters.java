package org.silkchain.trade.governance.params;

import static org.silkchain.runtime.result.Rejection.require;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.module.Fields;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;
import org.silkchain.trade.governance.GovernanceCodes;
import org.silkchain.trade.governance.GovernanceModule;
import org.silkchain.trade.governance.measure.SetParameter;

/**
 * Typed network parameters under {@code governance/params/<name>}: numbers ({@link Parameter}, one
 * u63 each) and examination calendars ({@code calendar.<ISO 3166 code>}, the closed days of that
 * jurisdiction's banks as ascending days since 1970-01-01), which letter-of-credit examination uses
 * to count banking days. Only an adopted set-parameter proposal writes them.
 */
public final class Parameters {
  private static final Pattern CALENDAR = Pattern.compile("calendar\\.([a-z]{2})");

  /** 9999-12-31: later days are certainly a mistake. */
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  private static final Codec<List<Long>> DAYS =
      new Codec<>() {
        @Override
        public void encode(List<Long> days, CanonicalWriter out) {
          out.list(days, Fields.U63);
        }

        @Override
        public List<Long> decode(CanonicalReader in) {
          return in.list("calendar.days", SetParameter.MAX_VALUES, Fields.U63);
        }
      };

  private Parameters() {}

  public static Bytes key(String name) {
    return StateKey.of(GovernanceModule.NAME, "params", name);
  }

  /** The value in force: the last adopted one, or the default. */
  public static long number(StateAccess state, Parameter p) {
    return state.read(key(p.label()), Fields.U63).orElse(p.defaultValue());
  }

  /** The closed (non-banking) days of {@code jurisdiction}, ascending; empty if none declared. */
  public static List<LocalDate> closedDays(StateAccess state, String jurisdiction) {
    return state.read(key(calendarName(jurisdiction)), DAYS).orElse(List.of()).stream()
        .map(LocalDate::ofEpochDay)
        .toList();
  }

  /**
   * The parameter name of a jurisdiction's calendar ({@code calendar.cn} for CN: keys are text).
   */
  public static String calendarName(String jurisdiction) {
    return "calendar." + jurisdiction.toLowerCase(java.util.Locale.ROOT);
  }

  /** Refuses a change to an unknown parameter or out of its bounds (at tabling and execution). */
  public static void check(SetParameter change) {
    if (CALENDAR.matcher(change.name()).matches()) {
      List<Long> days = change.values();
      for (int i = 0; i < days.size(); i++) {
        long day = days.get(i);
        require(
            day <= LAST_DAY && (i == 0 || days.get(i - 1) < day),
            GovernanceCodes.INVALID_PARAMETER,
            "calendar days must be ascending, distinct days up to 9999-12-31");
      }
      return;
    }
    Parameter p =
        Parameter.fromLabel(change.name())
            .orElseThrow(
                () ->
                    new Rejection(
                        GovernanceCodes.INVALID_PARAMETER,
                        "no parameter "
                            + change.name()
                            + " (numbers: "
                            + java.util.Arrays.stream(Parameter.values())
                                .map(Parameter::label)
                                .toList()
                            + ", calendars: calendar.<cc>)"));
    require(
        change.values().size() == 1,
        GovernanceCodes.INVALID_PARAMETER,
        () -> p.label() + " takes one value");
    long v = change.values().get(0);
    require(
        v >= p.min() && v <= p.max(),
        GovernanceCodes.INVALID_PARAMETER,
        () -> p.label() + " must be in " + p.min() + ".." + p.max() + ", not " + v);
  }

  /** Writes an adopted change. */
  public static void apply(ExecutionContext ctx, SetParameter change) {
    check(change);
    if (CALENDAR.matcher(change.name()).matches()) {
      ctx.write(key(change.name()), DAYS, change.values());
    } else {
      ctx.write(key(change.name()), Fields.U63, change.values().get(0));
    }
    ctx.emit(Event.of(GovernanceModule.NAME, "parameter-set").with("name", change.name()));
  }
}
