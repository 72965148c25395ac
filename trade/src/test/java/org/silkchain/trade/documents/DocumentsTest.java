package org.silkchain.trade.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.envelope.EnvelopeException;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.confidential.ConfidentialCodes;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.confidential.Sealer;
import org.silkchain.trade.listing.PageRequest;

class DocumentsTest {
  private final Consortium c = new Consortium().withTradeAuthorities();
  private final TradeChain chain = c.chain;
  private final Party csrc = chain.member("csrc", "CN", null, Role.REGULATOR);
  private final Sealer sealer = new Sealer(TradeChain.SUITE.hash(), new SecureRandom());
  private final DocumentClient client = new DocumentClient(sealer);

  private Hash register(Party issuer, TradeDocument content, Party owner, Party... parties) {
    List<AccountId> ids = new ArrayList<>();
    for (Party p : parties) {
      ids.add(p.id());
    }
    RegisterDocument body =
        client.register(
            chain.view(), issuer.id(), content, owner.id(), ids, List.of(), Optional.empty());
    chain.ok(issuer, DocumentsModule.REGISTER, DocumentsModule.NAME, body);
    return chain.lastTxId();
  }

  private TradeDocument read(Hash id, Party reader) throws EnvelopeException {
    return client.read(chain.view(), id, reader.encryption());
  }

  @Test
  void anInvoiceIsRecordedWithItsIssuerTimeAndCommitmentAndReadByEachParty() throws Exception {
    CommercialInvoice invoice = SampleDocuments.invoice(c);
    Hash id = register(c.traderCn, invoice, c.traderCn, c.traderDe);
    long height = chain.lastReceipt().height();

    Document doc = DocumentsModule.DOCUMENT.answer(chain.view(), DocumentRef.of(id));
    assertThat(doc.type()).isEqualTo(DocumentType.COMMERCIAL_INVOICE);
    assertThat(doc.issuer()).isEqualTo(c.traderCn.id());
    assertThat(doc.owner()).isEqualTo(c.traderCn.id());
    assertThat(doc.height()).isEqualTo(height);
    assertThat(doc.timeMillis()).isEqualTo(chain.time());
    assertThat(doc.access()).containsExactlyInAnyOrder(c.traderCn.id(), c.traderDe.id());
    assertThat(doc.jurisdictions()).containsExactly("CN", "DE");
    Sealed sealed = DocumentsModule.SEALED.answer(chain.view(), DocumentRef.of(id));
    assertThat(doc.commitment()).isEqualTo(sealed.commitment());

    // The seller, the buyer and the regulator of the seller's country read it; nobody else.
    for (Party reader : List.of(c.traderCn, c.traderDe, csrc)) {
      assertThat(read(id, reader)).isEqualTo(invoice);
    }
    for (Party outsider : List.of(c.bankCn, c.bankDe, c.regulator)) {
      assertThatThrownBy(() -> read(id, outsider))
          .isInstanceOfSatisfying(
              EnvelopeException.class,
              e -> assertThat(e.reason()).isEqualTo(EnvelopeException.Reason.NOT_A_RECIPIENT));
    }
    assertThat(
            DocumentsModule.BY_ISSUER
                .answer(chain.view(), PageRequest.first(c.traderCn.id()))
                .ids())
        .containsExactly(id);
    assertThat(
            DocumentsModule.BY_PARTY.answer(chain.view(), PageRequest.first(c.traderDe.id())).ids())
        .containsExactly(id);
    assertThat(
            DocumentsModule.BY_PARTY.answer(chain.view(), PageRequest.first(c.bankFr.id())).total())
        .isZero();
  }

  @Test
  void eachTypeIsIssuedByItsRoleOnly() throws Exception {
    Hash origin = register(c.customsCn, SampleDocuments.origin(c), c.traderCn, c.traderCn);
    assertThat(read(origin, c.traderCn)).isEqualTo(SampleDocuments.origin(c));
    Hash insurance = register(c.insurer, SampleDocuments.insurance(c), c.traderCn, c.traderCn);
    assertThat(read(insurance, c.traderCn)).isEqualTo(SampleDocuments.insurance(c));
    Hash packing = register(c.traderCn, SampleDocuments.packingList(c), c.traderCn, c.traderDe);
    assertThat(read(packing, c.traderDe)).isEqualTo(SampleDocuments.packingList(c));
    Hash declaration =
        register(c.traderCn, SampleDocuments.declaration(c), c.traderCn, c.customsCn);
    assertThat(read(declaration, c.customsCn)).isEqualTo(SampleDocuments.declaration(c));

    assertThat(attempt(c.traderCn, SampleDocuments.origin(c), c.traderCn))
        .isEqualTo(DocumentsCodes.WRONG_ISSUER);
    assertThat(attempt(c.customsCn, SampleDocuments.invoice(c), c.customsCn, c.traderCn))
        .isEqualTo(DocumentsCodes.WRONG_ISSUER);
    assertThat(attempt(c.bankCn, SampleDocuments.invoice(c), c.bankCn))
        .isEqualTo(ResultCode.UNAUTHORIZED);
    assertThat(attempt(c.traderCn, SampleDocuments.declaration(c), c.traderCn, c.traderDe))
        .isEqualTo(DocumentsCodes.NO_CUSTOMS);
    // The client always lists the owner among the parties; a hand-made body may not.
    RegisterDocument honest =
        client.register(
            chain.view(),
            c.traderCn.id(),
            SampleDocuments.invoice(c),
            c.bankFr.id(),
            List.of(c.traderDe.id()),
            List.of(),
            Optional.empty());
    RegisterDocument ownerNotAParty =
        new RegisterDocument(
            honest.type(),
            c.bankFr.id(),
            List.of(c.traderDe.id()),
            List.of(),
            Optional.empty(),
            honest.content());
    assertThat(
            chain
                .act(c.traderCn, DocumentsModule.REGISTER, DocumentsModule.NAME, ownerNotAParty)
                .code())
        .isEqualTo(DocumentsCodes.INVALID_OWNER);
  }

  @Test
  void contentNotSealedToEveryPartyAndMandatedRegulatorIsRefused() {
    var invoice = SampleDocuments.invoice(c);
    Sealed sellerOnly =
        sealer.seal(
            TradeDocument.CODEC,
            invoice,
            List.of(c.traderCn.encryption().publicKey(), csrc.encryption().publicKey()));
    assertThat(submit(c.traderCn, sellerOnly, c.traderDe))
        .isEqualTo(ConfidentialCodes.MISSING_RECIPIENT);
    Sealed noRegulator =
        sealer.seal(
            TradeDocument.CODEC,
            invoice,
            List.of(c.traderCn.encryption().publicKey(), c.traderDe.encryption().publicKey()));
    assertThat(submit(c.traderCn, noRegulator, c.traderDe))
        .isEqualTo(ConfidentialCodes.MISSING_RECIPIENT);
  }

  @Test
  void theOwnerGrantsAccessWithACopyOfTheSameContentAndRevokesIt() throws Exception {
    Hash id = register(c.customsCn, SampleDocuments.origin(c), c.traderCn, c.traderCn);
    GrantAccess grant = client.grant(chain.view(), id, c.bankDe.id(), c.traderCn.encryption());
    assertThat(grant.content().commitment())
        .isEqualTo(Documents.document(chain.view(), id).orElseThrow().commitment());

    // Only the owner grants (not even the issuer), and only the same content.
    assertThat(chain.act(c.customsCn, DocumentsModule.GRANT, DocumentsModule.NAME, grant).code())
        .isEqualTo(DocumentsCodes.NOT_OWNER);
    Sealed fresh =
        sealer.seal(
            TradeDocument.CODEC,
            SampleDocuments.origin(c),
            List.of(c.bankDe.encryption().publicKey()));
    assertThat(
            chain
                .act(
                    c.traderCn,
                    DocumentsModule.GRANT,
                    DocumentsModule.NAME,
                    new GrantAccess(id, c.bankDe.id(), fresh))
                .code())
        .isEqualTo(DocumentsCodes.COMMITMENT_MISMATCH);
    GrantAccess toSomeoneElse =
        new GrantAccess(id, c.bankFr.id(), grant.content()); // sealed to bank-de, not bank-fr
    assertThat(
            chain
                .act(c.traderCn, DocumentsModule.GRANT, DocumentsModule.NAME, toSomeoneElse)
                .code())
        .isEqualTo(ConfidentialCodes.MISSING_RECIPIENT);

    assertThatThrownBy(() -> read(id, c.bankDe)).isInstanceOf(EnvelopeException.class);
    chain.ok(c.traderCn, DocumentsModule.GRANT, DocumentsModule.NAME, grant);
    assertThat(read(id, c.bankDe)).isEqualTo(SampleDocuments.origin(c));
    assertThat(chain.act(c.traderCn, DocumentsModule.GRANT, DocumentsModule.NAME, grant).code())
        .isEqualTo(DocumentsCodes.ALREADY_GRANTED);
    assertThat(
            DocumentsModule.BY_PARTY.answer(chain.view(), PageRequest.first(c.bankDe.id())).ids())
        .containsExactly(id);

    chain.ok(
        c.traderCn, DocumentsModule.REVOKE, DocumentsModule.NAME, new AccessRef(id, c.bankDe.id()));
    Document doc = Documents.document(chain.view(), id).orElseThrow();
    assertThat(doc.access()).doesNotContain(c.bankDe.id());
    assertThat(
            chain
                .act(
                    c.traderCn,
                    DocumentsModule.REVOKE,
                    DocumentsModule.NAME,
                    new AccessRef(id, c.bankDe.id()))
                .code())
        .isEqualTo(DocumentsCodes.NOT_GRANTED);
    assertThat(
            chain
                .act(
                    c.traderCn,
                    DocumentsModule.REVOKE,
                    DocumentsModule.NAME,
                    new AccessRef(id, c.customsCn.id()))
                .code())
        .isEqualTo(DocumentsCodes.CANNOT_REVOKE);
    // Revocation cannot unsee: the copy bank-de received is still on chain and still opens.
    assertThat(read(id, c.bankDe)).isEqualTo(SampleDocuments.origin(c));
    // Future copies leave it out.
    GrantAccess toFr = client.grant(chain.view(), id, c.bankFr.id(), c.traderCn.encryption());
    assertThat(toFr.content().envelope().recipients())
        .doesNotContain(c.bankDe.encryption().publicKey());
    chain.ok(c.traderCn, DocumentsModule.GRANT, DocumentsModule.NAME, toFr);
    assertThat(read(id, c.bankFr)).isEqualTo(SampleDocuments.origin(c));
  }

  @Test
  void theLedgerCarriesNoWordOfTheDocuments() throws Exception {
    register(c.traderCn, SampleDocuments.invoice(c), c.traderCn, c.traderDe);
    register(c.insurer, SampleDocuments.insurance(c), c.traderCn, c.traderCn);
    List<Bytes> ledger = new ArrayList<>(chain.transactions);
    chain.state.forEach(
        (k, v) -> {
          ledger.add(k);
          ledger.add(v);
        });
    for (String word :
        List.of(
            "INV-2026-0042",
            "porcelain",
            "Blue-and-white",
            "青花瓷餐具",
            "PICC-CARGO-991",
            "Institute Cargo Clauses",
            "Insurer plc")) {
      Bytes needle = Bytes.utf8(word);
      assertThat(ledger.stream().noneMatch(b -> contains(b, needle)))
          .as("\"%s\" is on the ledger", word)
          .isTrue();
    }
  }

  private ResultCode attempt(Party issuer, TradeDocument content, Party owner, Party... parties) {
    List<AccountId> ids = new ArrayList<>();
    for (Party p : parties) {
      ids.add(p.id());
    }
    RegisterDocument body =
        client.register(
            chain.view(), issuer.id(), content, owner.id(), ids, List.of(), Optional.empty());
    return chain.act(issuer, DocumentsModule.REGISTER, DocumentsModule.NAME, body).code();
  }

  private ResultCode submit(Party issuer, Sealed content, Party... parties) {
    List<AccountId> ids = new ArrayList<>();
    for (Party p : parties) {
      ids.add(p.id());
    }
    RegisterDocument body =
        new RegisterDocument(
            DocumentType.COMMERCIAL_INVOICE,
            issuer.id(),
            ids,
            List.of(),
            Optional.empty(),
            content);
    return chain.act(issuer, DocumentsModule.REGISTER, DocumentsModule.NAME, body).code();
  }

  private static boolean contains(Bytes haystack, Bytes needle) {
    byte[] h = haystack.toArray();
    byte[] n = needle.toArray();
    outer:
    for (int i = 0; i + n.length <= h.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (h[i + j] != n[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
