package org.silkchain.trade.ebl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.silkchain.ledger.transaction.AccountId;

/**
 * Exports a bill's chain of holders as DCSA PINT 3.0 {@code Transaction} entries (the transaction
 * list an eBL platform signs into an envelope transfer chain), so that another platform can read
 * the history in its own terms. Client-side, like {@link TransportDocumentExport}. It is the
 * history only: the PINT envelope, its JWS signatures and the transfer protocol are not
 * implemented.
 *
 * <p>Mapping: an on-chain endorsement both endorses and hands over the bill, so it becomes {@code
 * ENDORSE_TO_ORDER} followed by {@code TRANSFER}; a surrender is {@code SURRENDER_FOR_DELIVERY} or
 * {@code SURRENDER_FOR_AMENDMENT}; the carrier's {@code accomplish} and {@code void} accept the
 * surrender ({@code SACC}); a reissue after amendment is {@code SACC} and a new {@code ISSUE}; a
 * module's custody transfer is a {@code TRANSFER} whose comment names the module and its reason.
 * Parties carry their account as an identifying code (provider {@code ZZZ}) and the platform code
 * {@value #PLATFORM}, which is not among DCSA's registered platform codes.
 */
public final class PintTransactions {
  /** The platform code used for Silkchain parties (PINT's {@code eblPlatform}). */
  public static final String PLATFORM = "SLKC";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PintTransactions() {}

  /**
   * The transactions of {@code history}, oldest first, as a JSON array.
   *
   * @param names the party name of an account, as the client knows it (the chain knows only
   *     accounts); an unknown account is named by its id
   */
  public static ArrayNode transactions(
      List<HolderEntry> history, Function<AccountId, Optional<String>> names) {
    ArrayNode out = JSON.createArrayNode();
    for (HolderEntry e : history) {
      switch (e.kind()) {
        case ISSUE -> out.add(tx("ISSUE", e, names, true));
        case ENDORSE -> {
          out.add(tx("ENDORSE_TO_ORDER", e, names, true));
          out.add(tx("TRANSFER", e, names, true));
        }
        case ENDORSE_IN_BLANK -> out.add(tx("BLANK_ENDORSE", e, names, false));
        case TRANSFER -> out.add(tx("TRANSFER", e, names, true));
        case MODULE_TRANSFER ->
            out.add(
                tx("TRANSFER", e, names, true)
                    .put("comments", comment(e.module() + ": " + e.reason())));
        case SURRENDER_FOR_DELIVERY -> out.add(tx("SURRENDER_FOR_DELIVERY", e, names, true));
        case SURRENDER_FOR_AMENDMENT -> out.add(tx("SURRENDER_FOR_AMENDMENT", e, names, true));
        case ACCOMPLISH -> out.add(tx("SACC", e, names, false).put("comments", "delivered"));
        case VOID -> out.add(tx("SACC", e, names, false).put("comments", "voided"));
        case REISSUE -> {
          out.add(tx("SACC", e, names, false).put("comments", "amended"));
          out.add(tx("ISSUE", e, names, true));
        }
      }
    }
    return out;
  }

  /** As {@link #transactions}, serialised. */
  public static String toJson(
      List<HolderEntry> history, Function<AccountId, Optional<String>> names) {
    return transactions(history, names).toPrettyString();
  }

  private static ObjectNode tx(
      String code,
      HolderEntry e,
      Function<AccountId, Optional<String>> names,
      boolean withRecipient) {
    ObjectNode tx = JSON.createObjectNode().put("actionCode", code);
    tx.set("actor", party(e.from(), names));
    if (withRecipient) {
      tx.set("recipient", party(e.to(), names));
    }
    tx.put("actionDateTime", Instant.ofEpochMilli(e.timeMillis()).toString());
    tx.put("auditReference", "silkchain:" + e.seq() + "@" + e.height());
    return tx;
  }

  private static ObjectNode party(AccountId account, Function<AccountId, Optional<String>> names) {
    String name =
        names.apply(account).orElse("Silkchain account " + account.toString().substring(0, 16));
    ObjectNode party = JSON.createObjectNode().put("partyName", name).put("eblPlatform", PLATFORM);
    party
        .putArray("identifyingCodes")
        .addObject()
        .put("codeListProvider", "ZZZ")
        .put("partyCode", account.toString())
        .put("codeListName", TransportDocumentExport.CODE_LIST_NAME);
    return party;
  }

  /** PINT comments: at most 255 characters, no leading or trailing blanks. */
  private static String comment(String text) {
    String trimmed = text.strip();
    return trimmed.length() <= 255 ? trimmed : trimmed.substring(0, 255).strip();
  }
}
