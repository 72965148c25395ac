package org.silkchain.trade.documents;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.crypto.envelope.EnvelopeException;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.trade.confidential.Confidentiality;
import org.silkchain.trade.confidential.Recipients;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.confidential.Sealer;

/**
 * For clients (wallets, the examining bank's back office): builds the bodies of {@code
 * documents/register} and {@code documents/grant} with content sealed to the right keys, and reads
 * a document as one of its readers, checking that what it opens is what the chain recorded.
 * Randomised: never call it from ledger execution.
 */
public final class DocumentClient {
  private final Sealer sealer;

  public DocumentClient(Sealer sealer) {
    this.sealer = sealer;
  }

  /**
   * The body that registers {@code content} issued by {@code issuer}, readable by the issuer,
   * {@code owner}, {@code parties} and the regulators mandated for their jurisdictions and for
   * {@code jurisdictions}, with keys read from {@code state}.
   */
  public RegisterDocument register(
      StateAccess state,
      AccountId issuer,
      TradeDocument content,
      AccountId owner,
      List<AccountId> parties,
      List<String> jurisdictions,
      Optional<Hash> reference) {
    TreeSet<AccountId> access = new TreeSet<>(parties);
    access.add(issuer);
    access.add(owner);
    TreeSet<String> all = new TreeSet<>(jurisdictions);
    all.addAll(Confidentiality.jurisdictionsOf(state, access));
    Sealed sealed =
        sealer.seal(TradeDocument.CODEC, content, Recipients.keysFor(state, access, all));
    List<AccountId> others = access.stream().filter(a -> !a.equals(issuer)).toList();
    return new RegisterDocument(content.type(), owner, others, jurisdictions, reference, sealed);
  }

  /**
   * Reads document {@code id} as {@code me}: opens the copy sealed to {@code me}, checks its
   * commitment against the document's and its type against the recorded type.
   *
   * @throws EnvelopeException {@code NOT_A_RECIPIENT} if no copy is sealed to {@code me} (so also
   *     for a reader whose access was granted under an earlier key); {@code PAYLOAD_TAMPERED} if
   *     the content does not match what the chain recorded
   * @throws IllegalArgumentException if there is no such document
   */
  public TradeDocument read(StateAccess state, Hash id, EncryptionKeyPair me)
      throws EnvelopeException {
    Document doc = document(state, id);
    TradeDocument content = TradeDocument.CODEC.decode(opened(state, doc, me).content());
    if (content.type() != doc.type()) {
      throw new EnvelopeException(
          EnvelopeException.Reason.PAYLOAD_TAMPERED,
          "the content is a " + content.type() + ", the chain records a " + doc.type());
    }
    return content;
  }

  /**
   * The body by which the owner, holding {@code me}, grants {@code grantee} access: the content it
   * opens, sealed again with its salt to the grantee and the regulators of the grantee's
   * jurisdiction, so the commitment stays the same.
   */
  public GrantAccess grant(StateAccess state, Hash id, AccountId grantee, EncryptionKeyPair me)
      throws EnvelopeException {
    Document doc = document(state, id);
    Sealer.Opened opened = opened(state, doc, me);
    return new GrantAccess(
        id, grantee, sealer.seal(opened, Recipients.keysFor(state, List.of(grantee))));
  }

  private Sealer.Opened opened(StateAccess state, Document doc, EncryptionKeyPair me)
      throws EnvelopeException {
    for (int n = doc.envelopes() - 1; n >= 0; n--) {
      Optional<Sealed> sealed = Documents.sealed(state, doc.id(), n);
      if (sealed.isPresent() && sealed.get().envelope().recipients().contains(me.publicKey())) {
        if (!sealed.get().commitment().equals(doc.commitment())) {
          throw new EnvelopeException(
              EnvelopeException.Reason.PAYLOAD_TAMPERED,
              "copy " + n + " commits to other content than the document");
        }
        return sealer.openWithSalt(sealed.get(), me);
      }
    }
    throw new EnvelopeException(
        EnvelopeException.Reason.NOT_A_RECIPIENT,
        "no copy of " + doc.id().toHex() + " is sealed to " + me.publicKey());
  }

  private static Document document(StateAccess state, Hash id) {
    return Documents.document(state, id)
        .orElseThrow(() -> new IllegalArgumentException("no document " + id.toHex()));
  }
}
