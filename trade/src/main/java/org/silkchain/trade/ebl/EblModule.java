package org.silkchain.trade.ebl;

import java.util.List;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.listing.IdPage;
import org.silkchain.trade.listing.PageRequest;

/**
 * Electronic bills of lading as transferable records (UNCITRAL MLETR: exclusive control; data after
 * DCSA eBL 3.0). Carriers {@code issue}, {@code amend}, {@code void} and {@code accomplish}; the
 * holder alone {@code endorse}s (to a named endorsee), {@code endorse-blank}s, {@code transfer}s (a
 * bill endorsed in blank) and {@code surrender}s. Queries: {@code bill}, {@code data} (the sealed
 * bill data, for its parties to open), {@code history} (the chain of holders), {@code held} (an
 * account's live bills) and {@code by-carrier} (the bills a carrier issued, by {@link PageRequest};
 * public like {@code bill}, which names the carrier). Other modules move bills through {@link
 * Bills}.
 */
public final class EblModule implements TradeModule {
  public static final String NAME = "ebl";

  public static final Action<IssueBill> ISSUE =
      Action.restricted("issue", IssueBill.CODEC, Issuance::issue, Role.CARRIER);
  public static final Action<Amendment> AMEND =
      Action.restricted("amend", Amendment.CODEC, Issuance::amend, Role.CARRIER);
  public static final Action<BillRef> VOID =
      Action.restricted("void", BillRef.CODEC, Issuance::voidBill, Role.CARRIER);
  public static final Action<BillRef> ACCOMPLISH =
      Action.restricted("accomplish", BillRef.CODEC, Issuance::accomplish, Role.CARRIER);
  public static final Action<Endorsement> ENDORSE =
      Action.open("endorse", Endorsement.CODEC, Negotiation::endorse);
  public static final Action<BillRef> ENDORSE_BLANK =
      Action.open("endorse-blank", BillRef.CODEC, Negotiation::endorseInBlank);
  public static final Action<Endorsement> TRANSFER =
      Action.open("transfer", Endorsement.CODEC, Negotiation::transfer);
  public static final Action<SurrenderRequest> SURRENDER =
      Action.open("surrender", SurrenderRequest.CODEC, Negotiation::surrender);

  public static final Query<BillRef, Bill> BILL =
      new Query<>("bill", BillRef.CODEC, Bill.CODEC, (s, r) -> Bills.existing(s, r.bill()));
  public static final Query<BillRef, Sealed> DATA =
      new Query<>(
              "data",
              BillRef.CODEC,
              Sealed.CODEC,
              (s, r) -> {
                Bills.existing(s, r.bill());
                return Bills.data(s, r.bill()).orElseThrow();
              })
          .asConfidential();
  public static final Query<Page.History, List<HolderEntry>> HISTORY =
      new Query<>(
          "history",
          Page.History.CODEC,
          Page.ENTRIES,
          (s, r) -> Bills.history(s, r.bill(), r.start(), r.limit()));
  public static final Query<Page.Holdings, List<org.silkchain.crypto.Hash>> HELD =
      new Query<>(
          "held",
          Page.Holdings.CODEC,
          Page.BILL_IDS,
          (s, r) -> Bills.heldBy(s, r.account(), r.start(), r.limit()));

  public static final Query<PageRequest, IdPage> BY_CARRIER =
      new Query<>("by-carrier", PageRequest.CODEC, IdPage.CODEC, Bills.BY_CARRIER::page);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Action<?>> actions() {
    return List.of(ISSUE, AMEND, VOID, ACCOMPLISH, ENDORSE, ENDORSE_BLANK, TRANSFER, SURRENDER);
  }

  @Override
  public List<Query<?, ?>> queries() {
    return List.of(BILL, DATA, HISTORY, HELD, BY_CARRIER);
  }
}
