package org.silkchain.trade.documents;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.confidential.Confidentiality;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.identity.Identities;

/**
 * The rules of the document register. Validators never see a document's content: they check who
 * issues what type, who may read it ({@link Confidentiality#requireRecipients}), and that a copy
 * sealed for a new reader commits to the same content as the original.
 */
final class DocumentRules {
  private DocumentRules() {}

  static void register(ExecutionContext ctx, RegisterDocument body) {
    AccountRecord issuer = ctx.account(ctx.sender()).orElseThrow();
    require(
        body.type().issuableBy(issuer.roles()),
        DocumentsCodes.WRONG_ISSUER,
        () -> "a " + body.type() + " is issued by " + body.type().issuers());
    TreeSet<AccountId> access = new TreeSet<>(body.parties());
    access.add(ctx.sender());
    access.add(body.owner());
    require(
        access.size() <= Document.MAX_ACCESS,
        DocumentsCodes.TOO_MANY_PARTIES,
        () -> "at most " + Document.MAX_ACCESS + " parties");
    require(
        body.owner().equals(ctx.sender()) || body.parties().contains(body.owner()),
        DocumentsCodes.INVALID_OWNER,
        "the owner must be the issuer or one of the parties");
    for (AccountId party : access) {
      require(
          ctx.account(party).isPresent(),
          DocumentsCodes.UNKNOWN_PARTY,
          () -> "no account " + party);
    }
    if (body.type() == DocumentType.CUSTOMS_DECLARATION) {
      require(
          body.parties().stream().anyMatch(p -> hasRole(ctx, p, Role.CUSTOMS)),
          DocumentsCodes.NO_CUSTOMS,
          "a customs declaration is lodged with a customs member among its parties");
    }
    TreeSet<String> jurisdictions = new TreeSet<>(body.jurisdictions());
    jurisdictions.addAll(Confidentiality.jurisdictionsOf(ctx, access));
    require(
        jurisdictions.size() <= Document.MAX_JURISDICTIONS,
        DocumentsCodes.TOO_MANY_PARTIES,
        () -> "at most " + Document.MAX_JURISDICTIONS + " jurisdictions");
    Confidentiality.requireRecipients(ctx, body.content(), access, jurisdictions);

    Hash id = ctx.txId().hash();
    Document doc =
        new Document(
            id,
            body.type(),
            ctx.sender(),
            body.owner(),
            List.copyOf(access),
            List.copyOf(jurisdictions),
            body.reference(),
            body.content().commitment(),
            ctx.height(),
            ctx.blockTimeMillis(),
            1);
    ctx.write(Documents.key(id), Document.CODEC, doc);
    ctx.write(Documents.sealedKey(id, 0), Sealed.CODEC, body.content());
    Documents.BY_ISSUER.append(ctx, ctx.sender(), id);
    for (AccountId party : access) {
      Documents.BY_PARTY.append(ctx, party, id);
    }
    ctx.emit(
        Event.of(DocumentsModule.NAME, "registered")
            .with("id", id.toHex())
            .with("type", body.type().name())
            .with("issuer", ctx.sender().toString()));
  }

  static void grant(ExecutionContext ctx, GrantAccess body) {
    Document doc = owned(ctx, body.id());
    require(
        !doc.readableBy(body.grantee()),
        DocumentsCodes.ALREADY_GRANTED,
        () -> body.grantee() + " has access already");
    require(
        ctx.account(body.grantee()).isPresent(),
        DocumentsCodes.UNKNOWN_PARTY,
        () -> "no account " + body.grantee());
    require(
        doc.access().size() < Document.MAX_ACCESS,
        DocumentsCodes.TOO_MANY_PARTIES,
        () -> "at most " + Document.MAX_ACCESS + " parties");
    require(
        doc.envelopes() < Document.MAX_ENVELOPES,
        ResultCode.LIMIT_EXCEEDED,
        () -> "at most " + Document.MAX_ENVELOPES + " sealed copies of a document");
    require(
        body.content().commitment().equals(doc.commitment()),
        DocumentsCodes.COMMITMENT_MISMATCH,
        "the new copy commits to other content than the document");
    // The grantee, and the regulators of its jurisdiction, must be able to read the new copy.
    Confidentiality.requireRecipients(ctx, body.content(), List.of(body.grantee()));

    List<AccountId> access = new ArrayList<>(doc.access());
    access.add(body.grantee());
    ctx.write(Documents.sealedKey(doc.id(), doc.envelopes()), Sealed.CODEC, body.content());
    ctx.write(Documents.key(doc.id()), Document.CODEC, with(doc, access, doc.envelopes() + 1));
    Documents.BY_PARTY.append(ctx, body.grantee(), doc.id());
    ctx.emit(event("access-granted", doc.id(), body.grantee()));
  }

  static void revoke(ExecutionContext ctx, AccessRef body) {
    Document doc = owned(ctx, body.id());
    require(
        doc.readableBy(body.party()),
        DocumentsCodes.NOT_GRANTED,
        () -> body.party() + " has no access to revoke");
    require(
        !body.party().equals(doc.issuer()) && !body.party().equals(doc.owner()),
        DocumentsCodes.CANNOT_REVOKE,
        "the issuer and the owner keep their access");
    List<AccountId> access = new ArrayList<>(doc.access());
    access.remove(body.party());
    ctx.write(Documents.key(doc.id()), Document.CODEC, with(doc, access, doc.envelopes()));
    ctx.emit(event("access-revoked", doc.id(), body.party()));
  }

  private static Document owned(ExecutionContext ctx, Hash id) {
    Document doc =
        Documents.document(ctx, id)
            .orElseThrow(() -> new Rejection(ResultCode.NOT_FOUND, "no document " + id.toHex()));
    require(
        doc.owner().equals(ctx.sender()),
        DocumentsCodes.NOT_OWNER,
        "only the document's owner grants and revokes access");
    return doc;
  }

  private static Document with(Document d, List<AccountId> access, int envelopes) {
    return new Document(
        d.id(),
        d.type(),
        d.issuer(),
        d.owner(),
        access,
        d.jurisdictions(),
        d.reference(),
        d.commitment(),
        d.height(),
        d.timeMillis(),
        envelopes);
  }

  private static boolean hasRole(ExecutionContext ctx, AccountId account, Role role) {
    return Identities.member(ctx, account).map(m -> m.roles().contains(role)).orElse(false);
  }

  private static Event event(String type, Hash id, AccountId party) {
    return Event.of(DocumentsModule.NAME, type)
        .with("id", id.toHex())
        .with("party", party.toString());
  }
}
