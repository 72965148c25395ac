package org.silkchain.cli.module;

import java.util.LinkedHashMap;
import java.util.Map;
import org.silkchain.cli.client.Failure;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.runtime.module.Action;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.trade.lc.Credit;
import org.silkchain.trade.lc.CreditRef;
import org.silkchain.trade.lc.CreditTerms;
import org.silkchain.trade.lc.LcModule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code silkchain lc ...}: documentary letters of credit. */
@Command(
    name = "lc",
    mixinStandardHelpOptions = true,
    description = {
      "Letters of credit (UCP 600): reads a credit; the applicant waives discrepancies, the"
          + " parties accept or reject an amendment, banks honour, reimburse or return documents,"
          + " anyone expires a credit past its expiry date. Applying, issuing, advising, amending,"
          + " presenting and refusing carry sealed terms or documents: use the SDK with the"
          + " confidential module's Recipients and the documents module's DocumentClient.",
      "Exit 0 ok, 1 refused, 2 bad input, 3 node unreachable."
    },
    subcommands = {
      LcCommand.WaiveCmd.class,
      LcCommand.ExpireCmd.class,
      LcCommand.HonourCmd.class,
      LcCommand.ReimburseCmd.class,
      LcCommand.ReturnDocumentsCmd.class,
      LcCommand.AcceptAmendmentCmd.class,
      LcCommand.RejectAmendmentCmd.class,
      LcCommand.CreditCmd.class
    })
public final class LcCommand extends GroupCommand {
  private static final String M = LcModule.NAME;

  abstract static class CreditTx extends ModuleTx {
    @Option(names = "--credit", required = true, description = "The credit id (hex).")
    String credit;

    Payload ref(Action<CreditRef> action) throws Failure {
      return payload(M, action, new CreditRef(Args.hash("--credit", credit)));
    }
  }

  @Command(
      name = "waive",
      mixinStandardHelpOptions = true,
      description = "Applicant: waives the discrepancies of a refused presentation.")
  static final class WaiveCmd extends CreditTx {
    @Override
    Payload payload() throws Failure {
      return ref(LcModule.WAIVE);
    }
  }

  @Command(
      name = "expire",
      mixinStandardHelpOptions = true,
      description = "Anyone: expires a credit past its expiry date.")
  static final class ExpireCmd extends CreditTx {
    @Override
    Payload payload() throws Failure {
      return ref(LcModule.EXPIRE);
    }
  }

  @Command(
      name = "honour",
      mixinStandardHelpOptions = true,
      description = "Issuing bank: honours a complying (or waived) presentation.")
  static final class HonourCmd extends CreditTx {
    @Override
    Payload payload() throws Failure {
      return ref(LcModule.HONOUR);
    }
  }

  @Command(
      name = "reimburse",
      mixinStandardHelpOptions = true,
      description = "Applicant: reimburses the issuing bank for an honoured credit.")
  static final class ReimburseCmd extends CreditTx {
    @Override
    Payload payload() throws Failure {
      return ref(LcModule.REIMBURSE);
    }
  }

  @Command(
      name = "return-documents",
      mixinStandardHelpOptions = true,
      description = "Issuing bank: returns the documents of a refused presentation.")
  static final class ReturnDocumentsCmd extends CreditTx {
    @Override
    Payload payload() throws Failure {
      return ref(LcModule.RETURN_DOCUMENTS);
    }
  }

  @Command(
      name = "accept-amendment",
      mixinStandardHelpOptions = true,
      description = "Beneficiary: accepts the pending amendment.")
  static final class AcceptAmendmentCmd extends CreditTx {
    @Override
    Payload payload() throws Failure {
      return ref(LcModule.ACCEPT_AMENDMENT);
    }
  }

  @Command(
      name = "reject-amendment",
      mixinStandardHelpOptions = true,
      description = "Beneficiary: rejects the pending amendment.")
  static final class RejectAmendmentCmd extends CreditTx {
    @Override
    Payload payload() throws Failure {
      return ref(LcModule.REJECT_AMENDMENT);
    }
  }

  @Command(
      name = "credit",
      mixinStandardHelpOptions = true,
      description = "A credit: parties, currency, amount, expiry and state (terms stay sealed).")
  static final class CreditCmd extends ModuleQuery {
    @Option(names = "--credit", required = true, description = "The credit id (hex).")
    String credit;

    @Override
    void answer(SilkchainClient client) throws Failure {
      Credit c = query(client, M, LcModule.CREDIT, new CreditRef(Args.hash("--credit", credit)));
      CreditTerms t = c.terms();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", c.id().toHex());
      out.put("applicant", c.applicant().toString());
      out.put("issuingBank", t.issuingBank().toString());
      out.put("advisingBank", t.advisingBank().toString());
      out.put("beneficiary", t.beneficiary().toString());
      out.put("currency", t.currency());
      out.put("maxAmount", t.maxAmount());
      out.put("expiryDate", t.expiryDate().toString());
      out.put("state", c.state().name());
      out.put("confirmed", c.confirmed());
      out.put("amendmentPending", c.amendment().isPresent());
      out.put("presentationPending", c.presentation().isPresent());
      out.put("presentations", c.presentations());
      out.put("amendments", c.amendments());
      show(out);
    }
  }
}
