package org.silkchain.trade.ebl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.silkchain.trade.ebl.Shipping.assertOk;

import org.junit.jupiter.api.Test;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.envelope.EnvelopeException;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.confidential.ConfidentialCodes;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.ebl.HolderEntry.Kind;
import org.silkchain.trade.ebl.SurrenderRequest.Purpose;

/** Another module (letters of credit) takes a bill into custody and releases it: {@link Bills}. */
class TransferByModuleTest {
  private final Shipping s = new Shipping();
  private final Party shipper = s.consortium.traderCn;
  private final Party bankCn = s.consortium.bankCn;
  private final Party bankDe = s.consortium.bankDe;
  private final AccountId custody = CustodyTestModule.account();

  @Test
  void aModuleAccountHoldsTheBillAndReleasesItWithTheData() throws EnvelopeException {
    Hash id = s.issueToOrder(shipper);
    assertOk(s.custody(shipper, CustodyTestModule.TAKE, new BillRef(id)));
    assertThat(Bills.holder(s.view(), id)).isEqualTo(custody);
    assertThat(Bills.heldBy(s.view(), custody, 0, 10)).containsExactly(id);
    HolderEntry taken = s.history(id).get(1);
    assertThat(taken.kind()).isEqualTo(Kind.MODULE_TRANSFER);
    assertThat(taken.module()).isEqualTo(CustodyTestModule.NAME);
    assertThat(taken.reason()).isEqualTo("presented under credit 42");
    assertThat(taken.from()).isEqualTo(shipper.id());

    // Nobody can sign for the module account: the bill is stuck until the module moves it.
    assertThat(s.endorse(shipper, id, bankCn).code()).isEqualTo(EblCodes.NOT_HOLDER);
    assertThat(s.surrender(shipper, id, Purpose.DELIVERY).code()).isEqualTo(EblCodes.NOT_HOLDER);

    Sealed forBank = s.resealFor(id, bankDe.id());
    assertOk(
        s.custody(bankDe, CustodyTestModule.RELEASE, new Endorsement(id, bankDe.id(), forBank)));
    assertThat(Bills.holder(s.view(), id)).isEqualTo(bankDe.id());
    assertThat(s.open(id, bankDe.encryption()).vesselName()).isEqualTo("SILK ROAD EXPRESS");
    assertThat(Bills.heldBy(s.view(), custody, 0, 10)).isEmpty();
    assertThat(s.history(id))
        .extracting(HolderEntry::kind)
        .containsExactly(Kind.ISSUE, Kind.MODULE_TRANSFER, Kind.MODULE_TRANSFER);
    assertOk(s.endorse(bankDe, id, bankCn));
  }

  @Test
  void moduleTransferChecksHolderStatusAndData() {
    Hash id = s.issueToOrder(shipper);
    // The module's expected holder (here, the sender) must be the holder.
    assertThat(s.custody(bankCn, CustodyTestModule.TAKE, new BillRef(id)).code())
        .isEqualTo(EblCodes.NOT_HOLDER);
    assertOk(s.custody(shipper, CustodyTestModule.TAKE, new BillRef(id)));
    Sealed forCn = s.resealFor(id, bankCn.id());
    assertThat(
            s.custody(bankDe, CustodyTestModule.RELEASE, new Endorsement(id, bankDe.id(), forCn))
                .code())
        .isEqualTo(ConfidentialCodes.MISSING_RECIPIENT);
    Hash other = s.issueToOrder(shipper);
    Sealed otherData = s.resealFor(other, bankDe.id());
    assertThat(
            s.custody(
                    bankDe, CustodyTestModule.RELEASE, new Endorsement(id, bankDe.id(), otherData))
                .code())
        .isEqualTo(EblCodes.COMMITMENT_MISMATCH);
    assertOk(s.custody(bankDe, CustodyTestModule.RETURN, new Endorsement(id, shipper.id(), forCn)));
    assertThat(Bills.holder(s.view(), id)).isEqualTo(shipper.id());

    assertOk(s.surrender(shipper, id, Purpose.DELIVERY));
    assertThat(s.custody(s.carrier, CustodyTestModule.TAKE, new BillRef(id)).code())
        .isEqualTo(EblCodes.NOT_ACTIVE);
    assertThat(s.custody(shipper, CustodyTestModule.TAKE, new BillRef(Hash.ZERO)).code())
        .isEqualTo(EblCodes.NOT_FOUND);
  }
}
