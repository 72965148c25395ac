package org.silkchain.trade.ebl;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.crypto.envelope.EnvelopeException;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.execution.BlockInfo;
import org.silkchain.runtime.execution.ExecutionLimits;
import org.silkchain.runtime.execution.Runtime;
import org.silkchain.runtime.execution.SignatureCheck;
import org.silkchain.runtime.execution.TxResult;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.ModuleRegistry;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.runtime.receipt.Receipt;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.TradeModules;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.confidential.Sealer;

/**
 * The test consortium with a carrier, and the client side of bills: sealing the bill data for the
 * parties the chain requires, opening it as a party, and sending the eBL actions.
 */
final class Shipping {
  final Consortium consortium = new Consortium();
  final TradeChain chain = consortium.chain;
  final Party carrier = chain.member("carrier", "CN", null, Role.CARRIER);
  final Party otherCarrier = chain.member("carrier-2", "DE", null, Role.CARRIER);
  final Sealer sealer = new Sealer(TradeChain.SUITE.hash(), new SecureRandom());
  final BillClient client = new BillClient(sealer);
  private int references;

  private final Runtime withCustody = runtimeWith(new CustodyTestModule());
  private long custodyHeight = 1_000_000;

  private static Runtime runtimeWith(TradeModule extra) {
    List<TradeModule> modules = new ArrayList<>(TradeModules.all());
    modules.add(extra);
    return new Runtime(
        TradeChain.CHAIN,
        TradeChain.SUITE.hash(),
        ModuleRegistry.of(modules),
        ExecutionLimits.DEFAULT,
        SignatureCheck.verifying(TradeChain.SUITE));
  }

  /** Runs an action of the custody test module (the stand-in for letters of credit). */
  <B> Receipt custody(Party who, Action<B> action, B body) {
    var tx =
        chain.sign(
            who.id(),
            chain.nonce(who.id()),
            action.payload(CustodyTestModule.NAME, body),
            List.of(who.key()));
    TxResult r =
        withCustody.executeTransaction(
            chain.view(), tx, new BlockInfo(++custodyHeight, chain.time()));
    assertThat(r).isInstanceOf(TxResult.Executed.class);
    var executed = (TxResult.Executed) r;
    executed
        .writes()
        .forEach(
            (k, v) -> {
              if (v.isPresent()) {
                chain.state.put(k, v.get());
              } else {
                chain.state.remove(k);
              }
            });
    return executed.receipt();
  }

  StateAccess view() {
    return chain.view();
  }

  Bill bill(Hash id) {
    return Bills.bill(view(), id).orElseThrow();
  }

  /** Data for a bill from {@code shipper}; straight to {@code consignee} if there is one. */
  BillData data(Party shipper, Optional<Party> consignee) {
    String reference = "SLK" + (++references);
    AccountId notify = consortium.bankDe.id();
    return consignee
        .map(c -> BillSamples.straight(reference, carrier.id(), shipper.id(), c.id(), true))
        .orElseGet(() -> BillSamples.toOrder(reference, carrier.id(), shipper.id(), notify));
  }

  /** The issue body, with the data sealed as the chain requires. */
  IssueBill issueBody(Party shipper, Optional<Party> consignee) {
    return client.issue(
        view(), carrier.id(), shipper.id(), consignee.map(Party::id), data(shipper, consignee));
  }

  Hash issueToOrder(Party shipper) {
    chain.ok(carrier, EblModule.ISSUE, EblModule.NAME, issueBody(shipper, Optional.empty()));
    return chain.lastTxId();
  }

  Hash issueStraight(Party shipper, Party consignee) {
    chain.ok(carrier, EblModule.ISSUE, EblModule.NAME, issueBody(shipper, Optional.of(consignee)));
    return chain.lastTxId();
  }

  /** The bill data as {@code reader} opens it from the chain. */
  BillData open(Hash bill, EncryptionKeyPair reader) throws EnvelopeException {
    return client.read(view(), bill, reader);
  }

  /**
   * The current bill data re-sealed for {@code to} by the carrier (always a recipient), so that
   * tests can hand any sender a well-formed body.
   */
  Sealed resealFor(Hash bill, AccountId to) {
    try {
      return client.resealFor(view(), bill, to, carrier.encryption());
    } catch (EnvelopeException e) {
      throw new AssertionError(e);
    }
  }

  Receipt endorse(Party holder, Hash bill, Party to) {
    return chain.act(
        holder,
        EblModule.ENDORSE,
        EblModule.NAME,
        new Endorsement(bill, to.id(), resealFor(bill, to.id())));
  }

  Receipt transfer(Party holder, Hash bill, Party to) {
    return chain.act(
        holder,
        EblModule.TRANSFER,
        EblModule.NAME,
        new Endorsement(bill, to.id(), resealFor(bill, to.id())));
  }

  Receipt endorseInBlank(Party holder, Hash bill) {
    return chain.act(holder, EblModule.ENDORSE_BLANK, EblModule.NAME, new BillRef(bill));
  }

  Receipt surrender(Party holder, Hash bill, SurrenderRequest.Purpose purpose) {
    return chain.act(
        holder, EblModule.SURRENDER, EblModule.NAME, new SurrenderRequest(bill, purpose));
  }

  Receipt accomplish(Party who, Hash bill) {
    return chain.act(who, EblModule.ACCOMPLISH, EblModule.NAME, new BillRef(bill));
  }

  List<HolderEntry> history(Hash bill) {
    return Bills.history(view(), bill, 0, Bills.MAX_PAGE);
  }

  static void assertOk(Receipt r) {
    assertThat(r.code().value()).as(r.message()).isEqualTo("OK");
  }
}
