package org.silkchain.trade.ebl;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.crypto.envelope.EncryptionPublicKey;
import org.silkchain.crypto.envelope.EnvelopeException;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.confidential.Sealer;

/**
 * For clients (the carrier's system, a holder's wallet, a bank's back office): builds the bodies of
 * the eBL actions with the bill data sealed to the keys the chain will require, and reads a bill's
 * data as one of its parties. Randomised (sealing): never call it from ledger execution.
 */
public final class BillClient {
  private final Sealer sealer;

  public BillClient(Sealer sealer) {
    this.sealer = Objects.requireNonNull(sealer, "sealer");
  }

  /**
   * The body by which {@code carrier} issues {@code data} to {@code shipper}: straight to {@code
   * consignee} if there is one, to order otherwise, sealed to the carrier, the shipper, the
   * consignee and the regulators mandated for their jurisdictions.
   */
  public IssueBill issue(
      StateAccess state,
      AccountId carrier,
      AccountId shipper,
      Optional<AccountId> consignee,
      BillData data) {
    Sealed sealed =
        sealer.seal(BillData.CODEC, data, Bills.sealingKeys(state, carrier, shipper, consignee));
    return new IssueBill(
        shipper,
        consignee.isPresent() ? Bill.Form.STRAIGHT : Bill.Form.TO_ORDER,
        consignee,
        sealed);
  }

  /**
   * Reads the bill data as {@code me}, checked against the commitment the chain records.
   *
   * @throws EnvelopeException {@code NOT_A_RECIPIENT} if the current data is not sealed to {@code
   *     me}; {@code PAYLOAD_TAMPERED} if it does not match the bill's commitment
   * @throws IllegalArgumentException if there is no such bill
   */
  public BillData read(StateAccess state, Hash bill, EncryptionKeyPair me)
      throws EnvelopeException {
    return BillData.CODEC.decode(opened(state, bill, me).content());
  }

  /**
   * The bill data that {@code me} (a recipient of the current data, normally the holder) re-seals
   * for {@code newHolder}: same content and salt, hence the same commitment, sealed to the keys the
   * chain will require once {@code newHolder} holds the bill.
   */
  public Sealed resealFor(StateAccess state, Hash bill, AccountId newHolder, EncryptionKeyPair me)
      throws EnvelopeException {
    Sealer.Opened opened = opened(state, bill, me);
    return sealer.seal(opened, Bills.sealingKeys(state, existing(state, bill), newHolder));
  }

  /**
   * As {@link #resealFor}, sealed to the keys the chain will require once any one of {@code
   * holders} holds the bill (such as the issuing bank and then the applicant of a letter of credit,
   * to whom the bill passes without the presenter's further involvement).
   */
  public Sealed resealForHolders(
      StateAccess state, Hash bill, List<AccountId> holders, EncryptionKeyPair me)
      throws EnvelopeException {
    Sealer.Opened opened = opened(state, bill, me);
    Bill current = existing(state, bill);
    Set<EncryptionPublicKey> keys = new LinkedHashSet<>();
    for (AccountId holder : holders) {
      keys.addAll(Bills.sealingKeys(state, current, holder));
    }
    return sealer.seal(opened, keys);
  }

  /** The body of {@code ebl/endorse} or {@code ebl/transfer} from the holder {@code me}. */
  public Endorsement endorse(StateAccess state, Hash bill, AccountId to, EncryptionKeyPair me)
      throws EnvelopeException {
    return new Endorsement(bill, to, resealFor(state, bill, to, me));
  }

  /**
   * The carrier's body of {@code ebl/amend}: {@code amended} sealed (fresh salt, new commitment)
   * for the holder the bill will be reissued to.
   */
  public Amendment amend(StateAccess state, Hash bill, BillData amended) {
    Bill current = existing(state, bill);
    AccountId reissueTo = current.surrenderedBy().orElse(current.holder());
    return new Amendment(
        bill, sealer.seal(BillData.CODEC, amended, Bills.sealingKeys(state, current, reissueTo)));
  }

  private Sealer.Opened opened(StateAccess state, Hash bill, EncryptionKeyPair me)
      throws EnvelopeException {
    Bill current = existing(state, bill);
    Sealed sealed = Bills.data(state, bill).orElseThrow();
    if (!sealed.commitment().equals(current.commitment())) {
      throw new EnvelopeException(
          EnvelopeException.Reason.PAYLOAD_TAMPERED, "the stored data commits to other content");
    }
    return sealer.openWithSalt(sealed, me);
  }

  private static Bill existing(StateAccess state, Hash bill) {
    return Bills.bill(state, bill)
        .orElseThrow(() -> new IllegalArgumentException("no bill " + bill.toHex()));
  }
}
