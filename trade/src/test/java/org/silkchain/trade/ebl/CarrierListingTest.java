package org.silkchain.trade.ebl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.silkchain.trade.ebl.Shipping.assertOk;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.listing.IdPage;
import org.silkchain.trade.listing.PageRequest;

/** {@code ebl/by-carrier}: the bills a carrier issued, whoever holds them now. */
class CarrierListingTest {
  private final Shipping s = new Shipping();
  private final Party shipper = s.consortium.traderCn;

  private IdPage byCarrier(AccountId carrier, long from, int limit) {
    return s.chain.query(
        EblModule.BY_CARRIER, EblModule.NAME, new PageRequest(carrier, from, limit));
  }

  @Test
  void aCarrierSeesEveryBillItIssuedOldestFirstEvenOnceAccomplished() {
    Hash first = s.issueToOrder(shipper);
    Hash second = s.issueToOrder(shipper);
    Hash third = s.issueToOrder(shipper);
    assertOk(s.surrender(shipper, first, SurrenderRequest.Purpose.DELIVERY));
    assertOk(s.accomplish(s.carrier, first));

    assertThat(byCarrier(s.carrier.id(), 0, 100))
        .isEqualTo(new IdPage(3, List.of(first, second, third)));
    assertThat(byCarrier(s.carrier.id(), 1, 1)).isEqualTo(new IdPage(3, List.of(second)));
    assertThat(byCarrier(s.carrier.id(), 3, 100)).isEqualTo(new IdPage(3, List.of()));
    assertThat(byCarrier(s.otherCarrier.id(), 0, 100)).isEqualTo(new IdPage(0, List.of()));
    assertThat(byCarrier(shipper.id(), 0, 100).total()).isZero();
  }
}
