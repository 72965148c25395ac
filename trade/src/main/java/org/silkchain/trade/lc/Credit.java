package org.silkchain.trade.lc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;

/**
 * A documentary credit on the chain, under {@code lc/credit/<id hex>} (the id is the applying
 * transaction's). Its {@link State} moves:
 *
 * <pre>
 * APPLIED -issue-> ISSUED -advise-> ADVISED -present-> PRESENTED -honour-> HONOURED -reimburse->
 * REIMBURSED
 *                          PRESENTED -refuse(hold)-> REFUSED -waive-> WAIVED -honour-> HONOURED
 *   PRESENTED -refuse(return)-> ADVISED;  REFUSED|WAIVED -return-documents-> ADVISED
 *   APPLIED|ISSUED|ADVISED -expire-> EXPIRED (after expiry)
 * </pre>
 *
 * Amendments ({@link #amendment}) are offered in ISSUED or ADVISED and bind only once the
 * beneficiary accepts (Art. 10).
 */
public record Credit(
    Hash id,
    AccountId applicant,
    CreditTerms terms,
    State state,
    boolean confirmed,
    Optional<AmendmentProposal> amendment,
    Optional<Presentation> presentation,
    long presentations,
    long amendments) {
  public static final int TYPE_TAG = 0x0F01;

  /** The credit's lifecycle; the ordinal is the encoding, so only append. */
  public enum State {
    APPLIED,
    ISSUED,
    ADVISED,
    PRESENTED,
    REFUSED,
    WAIVED,
    HONOURED,
    REIMBURSED,
    EXPIRED
  }

  public static final Codec<Credit> CODEC =
      new Codec<>() {
        @Override
        public void encode(Credit c, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(c.id, out);
          AccountId.CODEC.encode(c.applicant, out);
          CreditTerms.CODEC.encode(c.terms, out);
          out.u8(c.state.ordinal()).bool(c.confirmed);
          out.optional(c.amendment, AmendmentProposal.CODEC);
          out.optional(c.presentation, Presentation.CODEC);
          out.u63(c.presentations).u63(c.amendments);
        }

        @Override
        public Credit decode(CanonicalReader in) {
          in.header("credit", TYPE_TAG, 1);
          Hash id = Hash.CODEC.decode(in);
          AccountId applicant = AccountId.CODEC.decode(in);
          CreditTerms terms = CreditTerms.CODEC.decode(in);
          int state = in.u8("credit.state");
          if (state >= State.values().length) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "credit.state");
          }
          return new Credit(
              id,
              applicant,
              terms,
              State.values()[state],
              in.bool("credit.confirmed"),
              in.optional("credit.amendment", AmendmentProposal.CODEC),
              in.optional("credit.presentation", Presentation.CODEC),
              in.u63("credit.presentations"),
              in.u63("credit.amendments"));
        }
      };

  public Credit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(amendment, "amendment");
    Objects.requireNonNull(presentation, "presentation");
  }

  /** Everyone the credit's sealed content must be encrypted to (with mandated regulators). */
  public List<AccountId> parties() {
    return List.of(applicant, terms.beneficiary(), terms.issuingBank(), terms.advisingBank());
  }

  Credit in(State next) {
    return new Credit(
        id, applicant, terms, next, confirmed, amendment, presentation, presentations, amendments);
  }

  Credit with(CreditTerms newTerms) {
    return new Credit(
        id,
        applicant,
        newTerms,
        state,
        confirmed,
        amendment,
        presentation,
        presentations,
        amendments);
  }

  Credit advised(boolean confirm) {
    return new Credit(
        id,
        applicant,
        terms,
        State.ADVISED,
        confirm,
        amendment,
        presentation,
        presentations,
        amendments);
  }

  Credit offering(Optional<AmendmentProposal> offer, long amendmentCount) {
    return new Credit(
        id, applicant, terms, state, confirmed, offer, presentation, presentations, amendmentCount);
  }

  Credit presenting(State next, Optional<Presentation> p, long count) {
    return new Credit(id, applicant, terms, next, confirmed, amendment, p, count, amendments);
  }
}
