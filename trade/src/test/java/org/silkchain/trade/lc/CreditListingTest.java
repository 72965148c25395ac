package org.silkchain.trade.lc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.lc.examination.DocumentsDraft;
import org.silkchain.trade.listing.IdPage;
import org.silkchain.trade.listing.PageRequest;

/** The {@code lc/by-party} and {@code lc/trail} listings, as the console reads them. */
class CreditListingTest {
  private final LcDeal deal = new LcDeal();
  private final TradeChain chain = deal.chain;

  private IdPage byParty(AccountId account, long from, int limit) {
    return chain.query(LcModule.BY_PARTY, LcModule.NAME, new PageRequest(account, from, limit));
  }

  private IdPage trail(Hash credit, long from, int limit) {
    return chain.query(LcModule.TRAIL, LcModule.NAME, new CreditPage(credit, from, limit));
  }

  @Test
  void aCreditIsListedUnderEachOfItsFourPartiesAndNobodyElse() {
    Hash id = deal.openCredit(LcDeal.terms());
    for (AccountId party : deal.parties()) {
      assertThat(byParty(party, 0, 10)).isEqualTo(new IdPage(1, List.of(id)));
    }
    assertThat(byParty(deal.carrier.id(), 0, 10)).isEqualTo(new IdPage(0, List.of()));
    assertThat(byParty(deal.c.bankFr.id(), 0, 10).total()).isZero();
  }

  @Test
  void pagesAreOldestFirstAndBoundedByTheirLimitAndTheListsEnd() {
    List<Hash> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(deal.openCredit(LcDeal.terms()));
    }
    AccountId bank = deal.issuing.id();
    assertThat(byParty(bank, 0, 100)).isEqualTo(new IdPage(5, ids));
    assertThat(byParty(bank, 1, 2)).isEqualTo(new IdPage(5, ids.subList(1, 3)));
    assertThat(byParty(bank, 4, 100)).isEqualTo(new IdPage(5, ids.subList(4, 5)));
    assertThat(byParty(bank, 5, 100)).isEqualTo(new IdPage(5, List.of()));
    assertThat(byParty(bank, Long.MAX_VALUE, 1)).isEqualTo(new IdPage(5, List.of()));
  }

  @Test
  void theTrailListsEveryTransactionThatChangedTheCreditInOrder() {
    Hash id = deal.openCredit(LcDeal.terms());
    Hash bill = deal.shipGoods(LcDeal.documents());
    deal.advanceTo(DocumentsDraft.PRESENTED);
    deal.present(deal.seller, id, bill, 100_000_00, LcDeal.documents());
    Hash presented = chain.lastTxId();
    chain.ok(deal.issuing, LcModule.HONOUR, LcModule.NAME, new CreditRef(id));
    Hash honoured = chain.lastTxId();

    IdPage all = trail(id, 0, 100);
    assertThat(all.total()).isEqualTo(5); // apply, issue, advise, present, honour
    assertThat(all.ids().getFirst()).isEqualTo(id); // the credit's id is its applying transaction
    assertThat(all.ids().subList(3, 5)).containsExactly(presented, honoured);
    assertThat(trail(id, 3, 1)).isEqualTo(new IdPage(5, List.of(presented)));
    assertThat(trail(Hash.fromHex("ab".repeat(32)), 0, 10).total()).isZero();
  }

  @Test
  void aRefusedActionLeavesNoTrace() {
    Hash id = deal.openCredit(LcDeal.terms());
    assertThat(chain.act(deal.buyer, LcModule.HONOUR, LcModule.NAME, new CreditRef(id)).code())
        .isNotEqualTo(org.silkchain.runtime.result.ResultCode.OK);
    assertThat(trail(id, 0, 100).total()).isEqualTo(3);
  }

  @Test
  void pageRequestsOutsideTheirBoundsAreRefused() {
    Hash id = deal.openCredit(LcDeal.terms());
    for (int limit : new int[] {0, PageRequest.MAX_LIMIT + 1}) {
      CanonicalWriter w = new CanonicalWriter().header(CreditPage.TYPE_TAG, 1);
      Hash.CODEC.encode(id, w);
      Bytes encoded = w.u63(0).u8(limit).toBytes();
      assertThatThrownBy(() -> CreditPage.CODEC.decode(encoded))
          .isInstanceOf(DecodeException.class)
          .hasMessageContaining("creditPage.limit");
    }
    assertThatThrownBy(() -> new CreditPage(id, -1, 10))
        .isInstanceOf(IllegalArgumentException.class);
    CreditPage p = new CreditPage(id, 7, 100);
    assertThat(CreditPage.CODEC.decode(CreditPage.CODEC.encode(p))).isEqualTo(p);
  }
}
