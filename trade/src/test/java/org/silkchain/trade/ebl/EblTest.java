package org.silkchain.trade.ebl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.silkchain.trade.ebl.Shipping.assertOk;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.envelope.EnvelopeException;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.receipt.Receipt;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.confidential.ConfidentialCodes;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.ebl.HolderEntry.Kind;
import org.silkchain.trade.ebl.SurrenderRequest.Purpose;

class EblTest {
  private final Shipping s = new Shipping();
  private final Party shipper = s.consortium.traderCn;
  private final Party buyer = s.consortium.traderDe;
  private final Party bankCn = s.consortium.bankCn;
  private final Party bankDe = s.consortium.bankDe;

  @Test
  void carrierIssuesOneRecordToTheShipper() throws EnvelopeException {
    IssueBill body = s.issueBody(shipper, Optional.empty());
    Receipt r = s.chain.ok(s.carrier, EblModule.ISSUE, EblModule.NAME, body);
    Hash id = s.chain.lastTxId();

    Bill bill = s.bill(id);
    assertThat(bill.holder()).isEqualTo(shipper.id());
    assertThat(bill.carrier()).isEqualTo(s.carrier.id());
    assertThat(bill.status()).isEqualTo(Bill.Status.ISSUED);
    assertThat(bill.form()).isEqualTo(Bill.Form.TO_ORDER);
    assertThat(bill.commitment()).isEqualTo(body.data().commitment());
    assertThat(Bills.holder(s.view(), id)).isEqualTo(shipper.id());
    assertThat(s.history(id))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.ISSUE);
              assertThat(e.from()).isEqualTo(s.carrier.id());
              assertThat(e.to()).isEqualTo(shipper.id());
              assertThat(e.height()).isEqualTo(r.height());
            });
    assertThat(Bills.heldBy(s.view(), shipper.id(), 0, 10)).containsExactly(id);
    assertThat(r.events()).anyMatch(e -> e.type().equals("issued"));
    assertThat(s.open(id, shipper.encryption()).portOfLoading().unLocode()).isEqualTo("CNSHA");
    assertThatThrownBy(() -> s.open(id, buyer.encryption())).isInstanceOf(EnvelopeException.class);
  }

  @Test
  void onlyACarrierIssuesAndTheTermsMustAgree() {
    assertThat(act(shipper, EblModule.ISSUE, s.issueBody(shipper, Optional.empty())))
        .isEqualTo(ResultCode.UNAUTHORIZED);
    IssueBill toOrder = s.issueBody(shipper, Optional.empty());
    IssueBill straight = s.issueBody(shipper, Optional.of(buyer));
    assertThat(
            act(
                s.carrier,
                EblModule.ISSUE,
                new IssueBill(shipper.id(), Bill.Form.STRAIGHT, Optional.empty(), toOrder.data())))
        .isEqualTo(EblCodes.INVALID_TERMS);
    assertThat(
            act(
                s.carrier,
                EblModule.ISSUE,
                new IssueBill(
                    shipper.id(), Bill.Form.TO_ORDER, straight.consignee(), straight.data())))
        .isEqualTo(EblCodes.INVALID_TERMS);
    AccountId nobody = BillSamples.account(99);
    assertThat(
            act(
                s.carrier,
                EblModule.ISSUE,
                new IssueBill(nobody, Bill.Form.TO_ORDER, Optional.empty(), toOrder.data())))
        .isEqualTo(EblCodes.UNKNOWN_PARTY);
  }

  @Test
  void billDataMustBeSealedForTheParties() {
    IssueBill forShipper = s.issueBody(shipper, Optional.empty());
    // Sealed for the carrier and the buyer, not for the shipper it is issued to.
    IssueBill forBuyer = s.issueBody(buyer, Optional.empty());
    assertThat(
            act(
                s.carrier,
                EblModule.ISSUE,
                new IssueBill(shipper.id(), Bill.Form.TO_ORDER, Optional.empty(), forBuyer.data())))
        .isEqualTo(ConfidentialCodes.MISSING_RECIPIENT);
    assertThat(act(s.carrier, EblModule.ISSUE, forShipper)).isEqualTo(ResultCode.OK);
  }

  @Test
  void endorsementPassesControlAndTheDataToTheEndorsee() throws EnvelopeException {
    Hash id = s.issueToOrder(shipper);
    assertOk(s.endorse(shipper, id, bankCn));
    assertOk(s.endorse(bankCn, id, bankDe));

    assertThat(Bills.holder(s.view(), id)).isEqualTo(bankDe.id());
    assertThat(s.open(id, bankDe.encryption()).reference()).startsWith("SLK");
    assertThat(s.history(id))
        .extracting(HolderEntry::kind, HolderEntry::from, HolderEntry::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.ISSUE, s.carrier.id(), shipper.id()),
            org.assertj.core.groups.Tuple.tuple(Kind.ENDORSE, shipper.id(), bankCn.id()),
            org.assertj.core.groups.Tuple.tuple(Kind.ENDORSE, bankCn.id(), bankDe.id()));
    assertThat(Bills.heldBy(s.view(), shipper.id(), 0, 10)).isEmpty();
    assertThat(Bills.heldBy(s.view(), bankCn.id(), 0, 10)).isEmpty();
    assertThat(Bills.heldBy(s.view(), bankDe.id(), 0, 10)).containsExactly(id);
  }

  @Test
  void holderReSealsWithItsOwnKeyAndOthersCannot() throws EnvelopeException {
    Hash id = s.issueToOrder(shipper);
    assertThatThrownBy(() -> s.client.endorse(s.view(), id, bankCn.id(), buyer.encryption()))
        .isInstanceOf(EnvelopeException.class)
        .hasMessageContaining("not among");
    Endorsement body = s.client.endorse(s.view(), id, bankCn.id(), shipper.encryption());
    assertThat(s.chain.act(shipper, EblModule.ENDORSE, EblModule.NAME, body).code())
        .isEqualTo(ResultCode.OK);
    assertThat(s.client.read(s.view(), id, bankCn.encryption()).vesselName())
        .isEqualTo("SILK ROAD EXPRESS");
  }

  @Test
  void onlyTheHolderEndorses() {
    Hash id = s.issueToOrder(shipper);
    assertThat(s.endorse(bankCn, id, bankDe).code()).isEqualTo(EblCodes.NOT_HOLDER);
    assertThat(s.endorse(s.carrier, id, bankDe).code()).isEqualTo(EblCodes.NOT_HOLDER);
    assertThat(s.endorse(shipper, id, shipper).code()).isEqualTo(EblCodes.SAME_HOLDER);
    Sealed data = s.resealFor(id, bankDe.id());
    assertThat(act(shipper, EblModule.ENDORSE, new Endorsement(Hash.ZERO, bankDe.id(), data)))
        .isEqualTo(EblCodes.NOT_FOUND);
    assertThat(Bills.holder(s.view(), id)).isEqualTo(shipper.id());
  }

  @Test
  void endorsementMustCarryTheSameContentSealedForTheEndorsee() {
    Hash id = s.issueToOrder(shipper);
    Hash other = s.issueToOrder(shipper);
    Sealed otherContent = s.resealFor(other, bankCn.id());
    assertThat(act(shipper, EblModule.ENDORSE, new Endorsement(id, bankCn.id(), otherContent)))
        .isEqualTo(EblCodes.COMMITMENT_MISMATCH);
    Sealed forSomeoneElse = s.resealFor(id, bankDe.id());
    assertThat(act(shipper, EblModule.ENDORSE, new Endorsement(id, bankCn.id(), forSomeoneElse)))
        .isEqualTo(ConfidentialCodes.MISSING_RECIPIENT);
  }

  @Test
  void straightBillGoesOnlyToItsConsignee() {
    Hash id = s.issueStraight(shipper, buyer);
    assertThat(s.endorse(shipper, id, bankCn).code()).isEqualTo(EblCodes.NOT_NEGOTIABLE);
    assertThat(s.endorseInBlank(shipper, id).code()).isEqualTo(EblCodes.NOT_NEGOTIABLE);
    assertThat(s.surrender(shipper, id, Purpose.DELIVERY).code()).isEqualTo(EblCodes.NOT_CONSIGNEE);
    assertOk(s.endorse(shipper, id, buyer));
    assertOk(s.surrender(buyer, id, Purpose.DELIVERY));
  }

  @Test
  void blankEndorsementMakesTheBillPassByDelivery() {
    Hash id = s.issueToOrder(shipper);
    assertThat(s.transfer(shipper, id, bankCn).code()).isEqualTo(EblCodes.NOT_BEARER);
    assertOk(s.endorseInBlank(shipper, id));
    assertThat(s.endorseInBlank(shipper, id).code()).isEqualTo(EblCodes.ALREADY_IN_BLANK);
    assertThat(s.bill(id).holder()).as("a blank endorsement moves nothing").isEqualTo(shipper.id());
    assertOk(s.transfer(shipper, id, bankCn));
    assertOk(s.transfer(bankCn, id, buyer));
    assertThat(s.transfer(bankCn, id, bankDe).code()).isEqualTo(EblCodes.NOT_HOLDER);
    // A named endorsement of a bearer bill makes it an order bill again.
    assertOk(s.endorse(buyer, id, bankDe));
    assertThat(s.bill(id).blankEndorsed()).isFalse();
    assertThat(s.transfer(bankDe, id, bankCn).code()).isEqualTo(EblCodes.NOT_BEARER);
    assertThat(s.history(id))
        .extracting(HolderEntry::kind)
        .containsExactly(
            Kind.ISSUE, Kind.ENDORSE_IN_BLANK, Kind.TRANSFER, Kind.TRANSFER, Kind.ENDORSE);
  }

  @Test
  void surrenderForDeliveryIsFinal() {
    Hash id = s.issueToOrder(shipper);
    assertOk(s.endorse(shipper, id, buyer));
    assertOk(s.surrender(buyer, id, Purpose.DELIVERY));
    Bill surrendered = s.bill(id);
    assertThat(surrendered.status()).isEqualTo(Bill.Status.SURRENDERED_FOR_DELIVERY);
    assertThat(surrendered.holder()).isEqualTo(s.carrier.id());
    assertThat(surrendered.surrenderedBy()).contains(buyer.id());

    assertThat(s.endorse(s.carrier, id, bankCn).code()).isEqualTo(EblCodes.NOT_ACTIVE);
    assertThat(s.surrender(s.carrier, id, Purpose.AMENDMENT).code()).isEqualTo(EblCodes.NOT_ACTIVE);
    assertThat(act(buyer, EblModule.ACCOMPLISH, new BillRef(id)))
        .isEqualTo(ResultCode.UNAUTHORIZED);
    assertThat(act(s.otherCarrier, EblModule.ACCOMPLISH, new BillRef(id)))
        .isEqualTo(EblCodes.NOT_CARRIER);
    assertThat(act(s.carrier, EblModule.AMEND, new Amendment(id, s.resealFor(id, buyer.id()))))
        .isEqualTo(EblCodes.NOT_SURRENDERED);

    assertOk(s.accomplish(s.carrier, id));
    assertThat(s.bill(id).status()).isEqualTo(Bill.Status.ACCOMPLISHED);
    assertThat(s.accomplish(s.carrier, id).code()).isEqualTo(EblCodes.NOT_SURRENDERED);
    assertThat(Bills.heldBy(s.view(), s.carrier.id(), 0, 10)).isEmpty();
    assertThat(s.history(id))
        .extracting(HolderEntry::kind)
        .containsExactly(Kind.ISSUE, Kind.ENDORSE, Kind.SURRENDER_FOR_DELIVERY, Kind.ACCOMPLISH);
  }

  @Test
  void amendmentReissuesToTheHolderWithNewContent() throws EnvelopeException {
    Hash id = s.issueToOrder(shipper);
    assertOk(s.endorse(shipper, id, bankCn));
    Hash before = s.bill(id).commitment();
    Sealed same = s.resealFor(id, bankCn.id());
    assertThat(act(s.carrier, EblModule.AMEND, new Amendment(id, same)))
        .isEqualTo(EblCodes.NOT_SURRENDERED);
    assertOk(s.surrender(bankCn, id, Purpose.AMENDMENT));
    assertThat(act(s.carrier, EblModule.AMEND, new Amendment(id, same)))
        .isEqualTo(EblCodes.UNCHANGED);

    BillData old = s.open(id, bankCn.encryption());
    BillData corrected = withVessel(old, "SILK ROAD EXPRESS II");
    Amendment amendment = s.client.amend(s.view(), id, corrected);
    Sealed amended = amendment.data();
    assertThat(act(s.carrier, EblModule.AMEND, amendment)).isEqualTo(ResultCode.OK);

    Bill bill = s.bill(id);
    assertThat(bill.status()).isEqualTo(Bill.Status.ISSUED);
    assertThat(bill.holder()).isEqualTo(bankCn.id());
    assertThat(bill.amendments()).isEqualTo(1);
    assertThat(bill.commitment()).isNotEqualTo(before).isEqualTo(amended.commitment());
    assertThat(s.open(id, bankCn.encryption()).vesselName()).isEqualTo("SILK ROAD EXPRESS II");
    assertThat(s.history(id))
        .extracting(HolderEntry::kind)
        .containsExactly(Kind.ISSUE, Kind.ENDORSE, Kind.SURRENDER_FOR_AMENDMENT, Kind.REISSUE);
    assertOk(s.endorse(bankCn, id, bankDe));
  }

  @Test
  void carrierVoidsOnlyABillSurrenderedForAmendment() {
    Hash id = s.issueToOrder(shipper);
    assertThat(act(s.carrier, EblModule.VOID, new BillRef(id))).isEqualTo(EblCodes.NOT_SURRENDERED);
    assertOk(s.surrender(shipper, id, Purpose.AMENDMENT));
    assertThat(act(s.otherCarrier, EblModule.VOID, new BillRef(id)))
        .isEqualTo(EblCodes.NOT_CARRIER);
    assertThat(act(s.carrier, EblModule.VOID, new BillRef(id))).isEqualTo(ResultCode.OK);
    assertThat(s.bill(id).status()).isEqualTo(Bill.Status.VOID);
    assertThat(Bills.heldBy(s.view(), s.carrier.id(), 0, 10)).isEmpty();
    assertThat(s.endorse(s.carrier, id, bankCn).code()).isEqualTo(EblCodes.NOT_ACTIVE);
  }

  @Test
  void holdingsFollowEveryMove() {
    Hash a = s.issueToOrder(shipper);
    Hash b = s.issueToOrder(shipper);
    Hash c = s.issueStraight(shipper, buyer);
    assertThat(Bills.heldBy(s.view(), shipper.id(), 0, 10)).containsExactlyInAnyOrder(a, b, c);
    assertOk(s.endorse(shipper, a, bankCn));
    assertThat(Bills.heldBy(s.view(), shipper.id(), 0, 10)).containsExactlyInAnyOrder(b, c);
    assertThat(Bills.heldBy(s.view(), shipper.id(), 1, 10)).hasSize(1);
    assertThat(Bills.heldCount(s.view(), shipper.id())).isEqualTo(2);
    assertThat(EblModule.HELD.answer(s.view(), new Page.Holdings(bankCn.id(), 0, Bills.MAX_PAGE)))
        .containsExactly(a);
  }

  @Test
  void queriesAnswerByWireCodecs() {
    Hash id = s.issueToOrder(shipper);
    assertOk(s.endorse(shipper, id, bankCn));
    Bill bill = EblModule.BILL.answer(s.view(), new BillRef(id));
    assertThat(Bill.CODEC.decode(Bill.CODEC.encode(bill))).isEqualTo(bill);
    List<HolderEntry> page = EblModule.HISTORY.answer(s.view(), new Page.History(id, 1, 5));
    assertThat(Page.ENTRIES.decode(Page.ENTRIES.encode(page))).isEqualTo(page);
    assertThat(page).singleElement().extracting(HolderEntry::to).isEqualTo(bankCn.id());
    assertThat(EblModule.DATA.answer(s.view(), new BillRef(id)).commitment())
        .isEqualTo(bill.commitment());
    assertThatThrownBy(() -> EblModule.BILL.answer(s.view(), new BillRef(Hash.ZERO)))
        .hasMessageContaining("no bill");
  }

  private <B> ResultCode act(Party who, org.silkchain.runtime.module.Action<B> action, B body) {
    return s.chain.act(who, action, EblModule.NAME, body).code();
  }

  private static BillData withVessel(BillData d, String vessel) {
    return new BillData(
        d.reference(),
        d.carrierCode(),
        d.issuingParty(),
        d.shipper(),
        d.consignee(),
        d.notifyParties(),
        vessel,
        d.voyageNumber(),
        d.portOfLoading(),
        d.portOfDischarge(),
        d.plannedDeparture(),
        d.plannedArrival(),
        d.shippedOnBoardDate(),
        d.issueDate(),
        d.placeOfIssue(),
        d.invoicePayableAt(),
        d.clean(),
        d.clauses(),
        d.goods(),
        d.containers(),
        d.contactName(),
        d.contactEmail(),
        d.termsAndConditions());
  }
}
