package org.silkchain.cli.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.silkchain.cli.net.dsl.LocalNetwork;
import org.silkchain.cli.net.dsl.Node;
import org.silkchain.cli.net.dsl.Submission;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.envelope.EnvelopeException;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.trade.confidential.Confidentiality;
import org.silkchain.trade.confidential.Recipients;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.confidential.Sealer;
import org.silkchain.trade.ebl.Bill;
import org.silkchain.trade.ebl.BillClient;
import org.silkchain.trade.ebl.EblModule;
import org.silkchain.trade.ebl.IssueBill;
import org.silkchain.trade.lc.Advice;
import org.silkchain.trade.lc.CreditTerms;
import org.silkchain.trade.lc.IssueCredit;
import org.silkchain.trade.lc.LcModule;
import org.silkchain.trade.lc.Present;
import org.silkchain.trade.lc.examination.ExaminedTransportDocument;
import org.silkchain.trade.lc.examination.LcTerms;
import org.silkchain.trade.lc.examination.PresentedDocuments;

/**
 * The parties' back offices on a local network, for the multi-process tests of trade ({@link
 * TradeIT}) and the console's scenario ({@link ConsoleTradeScenario}): transactions sent through a
 * chosen node and awaited there, content sealed with the members' real encryption keys, state read
 * with proofs, and the steps of a documentary credit with an eBL ({@link Deals}' sale). Reads wait
 * until the node has what was committed last.
 */
final class DealDesk {
  /** Who is who in a credit: the four parties to it, and the carrier of the goods. */
  record Parties(
      TradeMember applicant,
      TradeMember beneficiary,
      TradeMember issuingBank,
      TradeMember advisingBank,
      TradeMember carrier) {
    /** The parties the terms and documents are sealed to (and their mandated regulators). */
    List<AccountId> ofTheCredit() {
      return List.of(applicant.id(), beneficiary.id(), issuingBank.id(), advisingBank.id());
    }
  }

  private final LocalNetwork net;
  final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  final Sealer sealer = new Sealer(SignatureSuite.of(SuiteId.ED25519).hash(), new SecureRandom());
  final BillClient bills = new BillClient(sealer);
  private long lastHeight;

  DealDesk(LocalNetwork net) {
    this.net = net;
  }

  /** The highest height a transaction sent here committed at. */
  long lastHeight() {
    return lastHeight;
  }

  Node node(int n) {
    return net.node(n);
  }

  static SilkchainClient client(Node node) {
    return SilkchainClient.connect(node.home().apiListen().http("/"));
  }

  /** {@code node}'s state once it has what was committed last, read as {@code who}. */
  RemoteState state(Node node, TradeMember who) {
    node.awaitHeight(lastHeight, LocalNetwork.COMMIT_TIMEOUT);
    return RemoteState.atTip(client(node), who.reader());
  }

  /** Sends through {@code via} and waits for the receipt there; asserts it is OK. */
  <B> JsonNode commit(Node via, TradeMember from, Action<B> action, String module, B body) {
    JsonNode receipt = act(via, from, action, module, body);
    assertThat(code(receipt))
        .as("%s/%s by %s: %s", module, action.name(), from, receipt)
        .isEqualTo("OK");
    return receipt;
  }

  /** Sends through {@code via} and waits for the receipt there, whatever its result. */
  <B> JsonNode act(Node via, TradeMember from, Action<B> action, String module, B body) {
    Submission s = via.submit(from.account().send(action.payload(module, body)));
    assertThat(s.accepted())
        .as("%s/%s by %s via %s: %s", module, action.name(), from, via, s)
        .isTrue();
    JsonNode receipt =
        await(module + "/" + action.name() + " committed on " + via)
            .atMost(LocalNetwork.COMMIT_TIMEOUT)
            .pollInterval(Duration.ofMillis(100))
            .until(
                () -> via.transaction(s.id()).orElse(null),
                t -> t != null && t.path("status").asText().equals("committed"));
    lastHeight = Math.max(lastHeight, receipt.path("height").asLong());
    return receipt;
  }

  static String code(JsonNode receipt) {
    return receipt.path("result").path("code").asText();
  }

  static Hash txHash(JsonNode receipt) {
    return Hash.fromHex(receipt.path("id").asText());
  }

  /** {@code value} sealed by {@code who} to {@code to} and the regulators mandated over them. */
  <T> Sealed seal(TradeMember who, Codec<T> codec, T value, List<AccountId> to) {
    StateAccess state = state(node(1), who);
    return Recipients.seal(
        sealer, state, codec.encode(value), to, Confidentiality.jurisdictionsOf(state, to));
  }

  // ---- the credit

  /** The applicant applies, the issuing bank issues and, when {@code advise}, the other advises. */
  Hash openCredit(Parties p, boolean advise) {
    LcTerms terms = Deals.terms(today);
    List<AccountId> parties = p.ofTheCredit();
    CreditTerms application =
        CreditTerms.of(
            p.issuingBank().id(),
            p.advisingBank().id(),
            p.beneficiary().id(),
            terms,
            seal(p.applicant(), LcTerms.CODEC, terms, parties));
    Hash id = txHash(commit(node(1), p.applicant(), LcModule.APPLY, LcModule.NAME, application));
    commit(
        node(2),
        p.issuingBank(),
        LcModule.ISSUE,
        LcModule.NAME,
        new IssueCredit(id, seal(p.issuingBank(), LcTerms.CODEC, terms, parties)));
    if (advise) {
      commit(node(3), p.advisingBank(), LcModule.ADVISE, LcModule.NAME, new Advice(id, true));
    }
    return id;
  }

  /** The carrier issues a to-order eBL to the beneficiary carrying the transport document. */
  Hash shipGoods(Parties p) {
    Sealed data =
        seal(
            p.carrier(),
            ExaminedTransportDocument.CODEC,
            Deals.transport(today),
            List.of(p.carrier().id(), p.beneficiary().id()));
    return txHash(
        commit(
            node(4),
            p.carrier(),
            EblModule.ISSUE,
            EblModule.NAME,
            new IssueBill(p.beneficiary().id(), Bill.Form.TO_ORDER, Optional.empty(), data)));
  }

  /** The beneficiary presents, the bill data re-sealed for the issuing bank and the applicant. */
  void present(Parties p, Hash credit, Hash bill, PresentedDocuments docs) {
    Sealed forTheBanks;
    try {
      forTheBanks =
          bills.resealForHolders(
              state(node(1), p.beneficiary()),
              bill,
              List.of(p.issuingBank().id(), p.applicant().id()),
              p.beneficiary().encryption());
    } catch (EnvelopeException e) {
      throw new AssertionError("the beneficiary cannot open its bill", e);
    }
    commit(
        node(1),
        p.beneficiary(),
        LcModule.PRESENT,
        LcModule.NAME,
        new Present(
            credit,
            bill,
            Deals.AMOUNT,
            seal(p.beneficiary(), PresentedDocuments.CODEC, docs, p.ofTheCredit()),
            forTheBanks));
  }
}
