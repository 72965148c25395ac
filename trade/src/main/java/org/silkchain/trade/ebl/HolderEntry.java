package org.silkchain.trade.ebl;

import java.util.Objects;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.runtime.module.Fields;

/**
 * One link of a bill's chain of holders, under {@code ebl/chain/<bill hex>/<seq>}. Entry 0 is the
 * issue (from the carrier to the shipper); each later entry's {@code from} is the previous entry's
 * {@code to}. Entries that do not change the holder (an endorsement in blank, the carrier
 * accomplishing or voiding a bill it holds) have {@code from == to}, so the chain stays a chain.
 *
 * @param seq position in the chain, from 0
 * @param height block height of the transaction
 * @param timeMillis block time of the transaction
 * @param from holder before
 * @param to holder after
 * @param kind what happened
 * @param module the module that moved the bill ({@code ebl} for the bill's own actions)
 * @param reason the module's stated reason (empty for the bill's own actions)
 */
public record HolderEntry(
    long seq,
    long height,
    long timeMillis,
    AccountId from,
    AccountId to,
    Kind kind,
    String module,
    String reason) {
  public static final int TYPE_TAG = 0x0E02;

  /** Printable ASCII, at most 64 characters: a reason is a label, not a document. */
  public static final Pattern REASON = Pattern.compile("[ -~]{0,64}");

  private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9_.-]{0,31}");

  /** What a chain entry records; the ordinal is the encoding, so only append. */
  public enum Kind {
    ISSUE,
    ENDORSE,
    ENDORSE_IN_BLANK,
    TRANSFER,
    MODULE_TRANSFER,
    SURRENDER_FOR_DELIVERY,
    SURRENDER_FOR_AMENDMENT,
    REISSUE,
    ACCOMPLISH,
    VOID
  }

  public static final Codec<HolderEntry> CODEC =
      new Codec<>() {
        @Override
        public void encode(HolderEntry e, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).u63(e.seq).u63(e.height).u63(e.timeMillis);
          AccountId.CODEC.encode(e.from, out);
          AccountId.CODEC.encode(e.to, out);
          out.u8(e.kind.ordinal()).string(e.module).string(e.reason);
        }

        @Override
        public HolderEntry decode(CanonicalReader in) {
          in.header("holderEntry", TYPE_TAG, 1);
          return new HolderEntry(
              in.u63("holderEntry.seq"),
              in.u63("holderEntry.height"),
              in.u63("holderEntry.time"),
              AccountId.CODEC.decode(in),
              AccountId.CODEC.decode(in),
              Bill.enumValue(Kind.values(), in.u8("holderEntry.kind"), "holderEntry.kind"),
              Fields.text(in, "holderEntry.module", 32, MODULE),
              Fields.text(in, "holderEntry.reason", 64, REASON));
        }
      };

  public HolderEntry {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    if (!Payload.isValidName(module) || !REASON.matcher(reason).matches()) {
      throw new IllegalArgumentException("invalid module or reason: " + module + " " + reason);
    }
  }
}
