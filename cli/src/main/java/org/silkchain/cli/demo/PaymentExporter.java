package org.silkchain.cli.demo;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.trade.currency.CurrencyInfo;
import org.silkchain.trade.currency.CurrencyLedger;
import org.silkchain.trade.identity.AccountTarget;
import org.silkchain.trade.identity.Identities;
import org.silkchain.trade.identity.IdentityModule;
import org.silkchain.trade.identity.Member;
import org.silkchain.trade.payments.CrossBorderPayment;
import org.silkchain.trade.payments.PaymentExport;
import org.silkchain.trade.payments.Payments;
import org.silkchain.trade.payments.PaymentsModule;
import org.silkchain.trade.payments.Reference;

/**
 * Exports a settled payment as ISO 20022 from a remote node: fetches, through module queries, the
 * state entries {@link PaymentExport} reads (the payment, both agents' member entries, both
 * currencies) into a local view and runs the module's own export on it, so the XML is exactly what
 * a node-side export would give. The agents' BICs, which genesis does not carry yet, come from the
 * bank's directory ({@link DemoConsortium#bic}).
 */
public final class PaymentExporter {
  /** The payment's messages. */
  public record Messages(CrossBorderPayment payment, String pacs008, String pacs002) {}

  private final ChainClient chain;
  private final Map<AccountId, String> memberIds;

  /**
   * @param memberIds member id of each member account (to find its BIC)
   */
  public PaymentExporter(ChainClient chain, Map<AccountId, String> memberIds) {
    this.chain = chain;
    this.memberIds = Map.copyOf(memberIds);
  }

  public Messages export(Hash paymentId) throws StepFailed {
    Map<Bytes, Bytes> state = new TreeMap<>();
    Bytes payment =
        chain.queryRaw(
            PaymentsModule.NAME,
            PaymentsModule.PAYMENT.name(),
            Reference.CODEC.encode(new Reference(paymentId)));
    state.put(Payments.paymentKey(paymentId), payment);
    CrossBorderPayment p = CrossBorderPayment.CODEC.decode(payment);
    for (AccountId agent : new AccountId[] {p.debtorAgent(), p.creditorAgent()}) {
      Member m =
          chain.query(
              IdentityModule.NAME,
              IdentityModule.MEMBER.name(),
              AccountTarget.CODEC,
              new AccountTarget(agent),
              Member.CODEC);
      Optional<String> bic =
          m.bic().or(() -> Optional.ofNullable(memberIds.get(agent)).flatMap(DemoConsortium::bic));
      Member withBic = new Member(m.id(), m.name(), m.roles(), m.jurisdiction(), bic, m.account());
      state.put(Identities.memberKey(agent), Member.CODEC.encode(withBic));
    }
    for (String code : new String[] {p.instructedCurrency(), p.settlementCurrency()}) {
      state.put(
          CurrencyLedger.infoKey(code),
          chain.queryRaw("currency", "info", CurrencyInfo.CODE_CODEC.encode(code)));
    }
    StateAccess view = key -> Optional.ofNullable(state.get(key));
    try {
      return new Messages(
          p,
          PaymentExport.pacs008(view, paymentId, PaymentExport.ON_CHAIN),
          PaymentExport.pacs002(view, paymentId, PaymentExport.ON_CHAIN));
    } catch (IllegalArgumentException e) {
      throw new StepFailed("cannot export payment " + paymentId + ": " + e.getMessage(), e);
    }
  }
}
