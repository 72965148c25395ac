package org.silkchain.trade.lc;

import java.util.List;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.trade.listing.IdPage;
import org.silkchain.trade.listing.PageRequest;

/**
 * Documentary credits under UCP 600. Actions: {@code apply} (a member or a bank's customer), {@code
 * issue}, {@code amend}, {@code refuse}, {@code honour}, {@code return-documents} (the issuing
 * bank), {@code advise} (the advising bank), {@code accept-amendment}, {@code reject-amendment}
 * (the beneficiary), {@code present} (the beneficiary or the advising bank), {@code waive}, {@code
 * reimburse} (the applicant), {@code expire} (anyone). Queries: {@code credit} (by {@link
 * CreditRef}), {@code by-party} (the credits an account is a party to, by {@link PageRequest}) and
 * {@code trail} (the transactions that changed a credit, by {@link CreditPage}).
 *
 * <p>{@code credit} is confidential (signed requests only): it carries the currency, amounts and
 * sealed terms. {@code by-party} and {@code trail} are public, like {@code documents/by-party}:
 * they answer ids only, and who is party to which credit is already public in every {@code lc}
 * event's attributes (applicant, beneficiary, issuing bank) and in the transactions' senders.
 *
 * <p>The chain holds the parties, currency, maximum amount, expiry and state in the clear and the
 * terms and documents sealed; examination runs at the banks ({@link DocumentExamination}) with the
 * pure {@link org.silkchain.trade.lc.examination.Examiner}.
 */
public final class LcModule implements TradeModule {
  public static final String NAME = "lc";

  public static final Action<CreditTerms> APPLY =
      Action.open("apply", CreditTerms.CODEC, Issuing::apply);
  public static final Action<IssueCredit> ISSUE =
      Action.restricted("issue", IssueCredit.CODEC, Issuing::issue, Role.COMMERCIAL_BANK);
  public static final Action<Advice> ADVISE =
      Action.restricted("advise", Advice.CODEC, Issuing::advise, Role.COMMERCIAL_BANK);
  public static final Action<AmendmentProposal> AMEND =
      Action.restricted("amend", AmendmentProposal.CODEC, Amending::propose, Role.COMMERCIAL_BANK);
  public static final Action<CreditRef> ACCEPT_AMENDMENT =
      Action.open("accept-amendment", CreditRef.CODEC, Amending::accept);
  public static final Action<CreditRef> REJECT_AMENDMENT =
      Action.open("reject-amendment", CreditRef.CODEC, Amending::reject);
  public static final Action<Present> PRESENT =
      Action.open("present", Present.CODEC, Presenting::present);
  public static final Action<RefusalNotice> REFUSE =
      Action.restricted("refuse", RefusalNotice.CODEC, Deciding::refuse, Role.COMMERCIAL_BANK);
  public static final Action<CreditRef> WAIVE =
      Action.open("waive", CreditRef.CODEC, Deciding::waive);
  public static final Action<CreditRef> RETURN_DOCUMENTS =
      Action.restricted(
          "return-documents", CreditRef.CODEC, Deciding::returnDocuments, Role.COMMERCIAL_BANK);
  public static final Action<CreditRef> HONOUR =
      Action.restricted("honour", CreditRef.CODEC, Settling::honour, Role.COMMERCIAL_BANK);
  public static final Action<CreditRef> REIMBURSE =
      Action.open("reimburse", CreditRef.CODEC, Settling::reimburse);
  public static final Action<CreditRef> EXPIRE =
      Action.open("expire", CreditRef.CODEC, Expiring::expire);

  public static final Query<CreditRef, Credit> CREDIT =
      new Query<>(
              "credit",
              CreditRef.CODEC,
              Credit.CODEC,
              (state, r) ->
                  Credits.credit(state, r.credit())
                      .orElseThrow(
                          () -> new Rejection(LcCodes.NOT_FOUND, "no credit " + r.credit())))
          .asConfidential();

  public static final Query<PageRequest, IdPage> BY_PARTY =
      new Query<>("by-party", PageRequest.CODEC, IdPage.CODEC, Credits::byParty);
  public static final Query<CreditPage, IdPage> TRAIL =
      new Query<>("trail", CreditPage.CODEC, IdPage.CODEC, Credits::trail);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Action<?>> actions() {
    return List.of(
        APPLY,
        ISSUE,
        ADVISE,
        AMEND,
        ACCEPT_AMENDMENT,
        REJECT_AMENDMENT,
        PRESENT,
        REFUSE,
        WAIVE,
        RETURN_DOCUMENTS,
        HONOUR,
        REIMBURSE,
        EXPIRE);
  }

  @Override
  public List<Query<?, ?>> queries() {
    return List.of(CREDIT, BY_PARTY, TRAIL);
  }
}
