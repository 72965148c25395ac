package org.silkchain.trade.documents;

import java.util.List;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.listing.IdPage;
import org.silkchain.trade.listing.PageRequest;

/**
 * The register of trade documents: commercial invoices, packing lists, certificates of origin,
 * insurance certificates and customs declarations, their content sealed to the parties.
 *
 * <p>Actions (payload {@code documents/<action>}): {@code register} (traders, customs, insurers;
 * each type by its issuers), {@code grant}, {@code revoke} (the owner). Queries: {@code document}
 * and {@code sealed} by {@link DocumentRef}; {@code by-issuer} and {@code by-party} by {@link
 * PageRequest}.
 */
public final class DocumentsModule implements TradeModule {
  public static final String NAME = "documents";

  public static final Action<RegisterDocument> REGISTER =
      Action.restricted(
          "register",
          RegisterDocument.CODEC,
          DocumentRules::register,
          Role.TRADER,
          Role.CUSTOMS,
          Role.INSURER);
  public static final Action<GrantAccess> GRANT =
      Action.open("grant", GrantAccess.CODEC, DocumentRules::grant);
  public static final Action<AccessRef> REVOKE =
      Action.open("revoke", AccessRef.CODEC, DocumentRules::revoke);

  public static final Query<DocumentRef, Document> DOCUMENT =
      new Query<>(
          "document",
          DocumentRef.CODEC,
          Document.CODEC,
          (state, q) ->
              Documents.document(state, q.id())
                  .orElseThrow(
                      () -> new Rejection(ResultCode.NOT_FOUND, "no document " + q.id().toHex())));
  public static final Query<DocumentRef, Sealed> SEALED =
      new Query<>(
              "sealed",
              DocumentRef.CODEC,
              Sealed.CODEC,
              (state, q) ->
                  Documents.sealed(state, q.id(), q.envelope())
                      .orElseThrow(
                          () ->
                              new Rejection(
                                  ResultCode.NOT_FOUND,
                                  "no envelope " + q.envelope() + " of " + q.id().toHex())))
          .asConfidential();
  public static final Query<PageRequest, IdPage> BY_ISSUER =
      new Query<>("by-issuer", PageRequest.CODEC, IdPage.CODEC, Documents.BY_ISSUER::page);
  public static final Query<PageRequest, IdPage> BY_PARTY =
      new Query<>("by-party", PageRequest.CODEC, IdPage.CODEC, Documents.BY_PARTY::page);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Action<?>> actions() {
    return List.of(REGISTER, GRANT, REVOKE);
  }

  @Override
  public List<Query<?, ?>> queries() {
    return List.of(DOCUMENT, SEALED, BY_ISSUER, BY_PARTY);
  }
}
