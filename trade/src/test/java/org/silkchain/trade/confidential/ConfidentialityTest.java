package org.silkchain.trade.confidential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.envelope.EnvelopeException;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.execution.BlockInfo;
import org.silkchain.runtime.execution.ExecutionLimits;
import org.silkchain.runtime.execution.Runtime;
import org.silkchain.runtime.execution.SignatureCheck;
import org.silkchain.runtime.execution.TxResult;
import org.silkchain.runtime.module.ModuleRegistry;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.runtime.receipt.Receipt;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.TradeModules;
import org.silkchain.trade.identity.AccountTarget;
import org.silkchain.trade.identity.IdentityModule;
import org.silkchain.trade.identity.Jurisdictions;
import org.silkchain.trade.kv.KvModule;
import org.silkchain.trade.kv.KvPut;

class ConfidentialityTest {
  private static final String CONTENT =
      "Proforma invoice INV-2026-0042: 12000 cartons of porcelain tableware, Jingdezhen to"
          + " Hamburg, total 87654321 CNY. 景德镇青花瓷餐具一万二千箱";

  private final Consortium c = new Consortium();
  private final TradeChain chain = c.chain;
  private final Party csrc = chain.member("csrc", "CN", null, Role.REGULATOR);
  private final Sealer sealer = new Sealer(TradeChain.SUITE.hash(), new SecureRandom());
  private final List<AccountId> parties = List.of(c.traderCn.id(), c.traderDe.id());

  private Sealed sealForDeal() {
    return Recipients.seal(sealer, chain.view(), Bytes.utf8(CONTENT), parties, List.of("CN", "DE"));
  }

  @Test
  void eachPartyAndTheMandatedRegulatorOpenAndUnicodeRoundTrips() throws Exception {
    Sealed sealed = sealForDeal();
    Confidentiality.requireRecipients(chain.view(), sealed, parties);
    for (Party reader : List.of(c.traderCn, c.traderDe, csrc)) {
      Bytes content = sealer.open(sealed, reader.encryption());
      assertThat(new String(content.toArray(), StandardCharsets.UTF_8)).isEqualTo(CONTENT);
    }
    assertThat(sealed.envelope().recipients()).hasSize(3);
  }

  @Test
  void clientsAskTheRecipientsAndRegulatorsOverTheQueryApi() {
    RecipientKeys answer =
        ConfidentialModule.RECIPIENTS.answer(
            chain.view(), new RecipientsRequest(parties, List.of("DE")));
    assertThat(answer.recipients().stream().map(RecipientKeys.Recipient::account))
        .containsExactlyInAnyOrder(c.traderCn.id(), c.traderDe.id(), csrc.id());
    assertThat(answer.keys())
        .isEqualTo(Recipients.keysFor(chain.view(), parties, List.of("CN", "DE")));
    RecipientKeys roundTrip = RecipientKeys.CODEC.decode(RecipientKeys.CODEC.encode(answer));
    assertThat(roundTrip).isEqualTo(answer);
    RegulatorsAnswer cn =
        ConfidentialModule.REGULATORS.answer(chain.view(), new RegulatorsAnswer.Jurisdiction("CN"));
    assertThat(cn.all()).containsExactly(csrc.id());
    assertThat(cn.granted()).isEmpty();
    AccountId nobody = AccountId.derive(TradeChain.SUITE.hash(), Bytes.utf8("nobody"));
    assertThat(
            codeOf(
                () ->
                    ConfidentialModule.RECIPIENTS.answer(
                        chain.view(), new RecipientsRequest(List.of(nobody), List.of()))))
        .isEqualTo(ConfidentialCodes.NO_ENCRYPTION_KEY);
  }

  @Test
  void aMemberWhoIsNotAPartyCannotOpen() {
    Sealed sealed = sealForDeal();
    for (Party outsider : List.of(c.bankFr, c.regulator, c.bankCn)) {
      assertThatThrownBy(() -> sealer.open(sealed, outsider.encryption()))
          .isInstanceOfSatisfying(
              EnvelopeException.class,
              e -> assertThat(e.reason()).isEqualTo(EnvelopeException.Reason.NOT_A_RECIPIENT));
    }
  }

  @Test
  void aValidatorOperatorHoldingTheWholeLedgerFindsNoPlaintext() throws Exception {
    Sealed sealed = sealForDeal();
    chain.ok(
        c.traderCn, KvModule.PUT, KvModule.NAME, new KvPut("deal-42", Sealed.CODEC.encode(sealed)));
    // What a validator holds: every state key and value, every transaction as blocks carry it.
    List<Bytes> ledger = new ArrayList<>();
    chain.state.forEach(
        (k, v) -> {
          ledger.add(k);
          ledger.add(v);
        });
    ledger.addAll(chain.transactions);
    assertThat(ledger.stream().anyMatch(b -> contains(b, Sealed.CODEC.encode(sealed))))
        .as("the sealed content is on the ledger")
        .isTrue();
    List<String> needles = new ArrayList<>(List.of(CONTENT, "景德镇青花瓷餐具一万二千箱", "景德镇"));
    for (String word : CONTENT.split("[^\\p{L}\\p{N}-]+")) {
      if (word.length() >= 4) {
        needles.add(word);
      }
    }
    assertThat(needles).contains("porcelain", "Jingdezhen", "87654321", "INV-2026-0042");
    for (String needle : needles) {
      for (String form : List.of(needle, needle.toLowerCase(Locale.ROOT))) {
        Bytes n = Bytes.utf8(form);
        assertThat(ledger.stream().noneMatch(b -> containsIgnoringCase(b, n)))
            .as("\"%s\" appears on the ledger", form)
            .isTrue();
      }
    }
    // ...while a party reads it back from the very same ledger bytes.
    Bytes stored =
        chain.state.get(Bytes.utf8("kv/" + c.traderCn.id().bytes().toHex() + "/deal-42"));
    assertThat(sealer.open(Sealed.CODEC.decode(stored), c.traderDe.encryption()))
        .isEqualTo(Bytes.utf8(CONTENT));
  }

  @Test
  void refusesWhenAPartyIsMissing() {
    Sealed onlyCn =
        sealer.seal(
            Bytes.utf8(CONTENT), Recipients.keysFor(chain.view(), List.of(c.traderCn.id())));
    assertThat(codeOf(() -> Confidentiality.requireRecipients(chain.view(), onlyCn, parties)))
        .isEqualTo(ConfidentialCodes.MISSING_RECIPIENT);
  }

  @Test
  void refusesWhenTheMandatedRegulatorIsMissing() {
    Sealed partiesOnly =
        sealer.seal(
            Bytes.utf8(CONTENT),
            List.of(c.traderCn.encryption().publicKey(), c.traderDe.encryption().publicKey()));
    assertThat(
            codeOf(
                () ->
                    Confidentiality.requireRecipients(
                        chain.view(), partiesOnly, parties, List.of("CN"))))
        .isEqualTo(ConfidentialCodes.MISSING_RECIPIENT);
    // No regulator has a mandate over DE: the parties alone suffice there.
    Confidentiality.requireRecipients(chain.view(), partiesOnly, parties, List.of("DE"));
  }

  @Test
  void refusesAPartyWithoutAnEncryptionKeyUntilItRegistersOne() throws Exception {
    Party newcomer = chain.customer(c.bankFr, "newcomer", "FR");
    chain.state.remove(org.silkchain.trade.identity.EncryptionKeys.key(newcomer.id()));
    List<AccountId> deal = List.of(c.traderCn.id(), newcomer.id());
    assertThat(codeOf(() -> Recipients.keysFor(chain.view(), deal)))
        .isEqualTo(ConfidentialCodes.NO_ENCRYPTION_KEY);
    Sealed sealed =
        sealer.seal(Bytes.utf8(CONTENT), Recipients.keysFor(chain.view(), List.of(csrc.id())));
    assertThat(codeOf(() -> Confidentiality.requireRecipients(chain.view(), sealed, deal)))
        .isEqualTo(ConfidentialCodes.NO_ENCRYPTION_KEY);

    chain.ok(
        newcomer,
        IdentityModule.SET_ENCRYPTION_KEY,
        IdentityModule.NAME,
        new org.silkchain.trade.identity.SetEncryptionKey(newcomer.encryption().publicKey()));
    assertThat(IdentityModule.ENCRYPTION_KEY.answer(chain.view(), new AccountTarget(newcomer.id())))
        .isEqualTo(newcomer.encryption().publicKey());
    Sealed now = Recipients.seal(sealer, chain.view(), Bytes.utf8(CONTENT), deal, List.of("CN"));
    Confidentiality.requireRecipients(chain.view(), now, deal);
    assertThat(sealer.open(now, newcomer.encryption())).isEqualTo(Bytes.utf8(CONTENT));
  }

  @Test
  void rotationChangesWhatFutureEnvelopesMustCarry() throws Exception {
    Sealed before = sealForDeal();
    var rotated = TradeChain.encryptionKey("trader-cn-2027");
    Receipt r =
        chain.ok(
            c.traderCn,
            IdentityModule.SET_ENCRYPTION_KEY,
            IdentityModule.NAME,
            new org.silkchain.trade.identity.SetEncryptionKey(rotated.publicKey()));
    assertThat(r.events().get(0).type()).isEqualTo("encryption-key-rotated");
    assertThat(codeOf(() -> Confidentiality.requireRecipients(chain.view(), before, parties)))
        .isEqualTo(ConfidentialCodes.MISSING_RECIPIENT);
    // The old key still opens what was sealed to it: rotation does not re-encrypt history.
    assertThat(sealer.open(before, c.traderCn.encryption())).isEqualTo(Bytes.utf8(CONTENT));
    Sealed after = sealForDeal();
    assertThat(sealer.open(after, rotated)).isEqualTo(Bytes.utf8(CONTENT));
  }

  @Test
  void setEncryptionKeyRefusesAnotherSuiteOrTheZeroKey() {
    var sm2 =
        new org.silkchain.crypto.envelope.EncryptionPublicKey(
            org.silkchain.crypto.SuiteId.SM2_SM3, Bytes.wrap(new byte[33]).concat(Bytes.EMPTY));
    assertThat(
            chain
                .act(
                    c.traderCn,
                    IdentityModule.SET_ENCRYPTION_KEY,
                    IdentityModule.NAME,
                    new org.silkchain.trade.identity.SetEncryptionKey(sm2))
                .code())
        .isEqualTo(org.silkchain.trade.identity.EncryptionKeys.INVALID_ENCRYPTION_KEY);
    var zero =
        new org.silkchain.crypto.envelope.EncryptionPublicKey(
            org.silkchain.crypto.SuiteId.ED25519, Bytes.wrap(new byte[32]));
    assertThat(
            chain
                .act(
                    c.traderCn,
                    IdentityModule.SET_ENCRYPTION_KEY,
                    IdentityModule.NAME,
                    new org.silkchain.trade.identity.SetEncryptionKey(zero))
                .code())
        .isEqualTo(org.silkchain.trade.identity.EncryptionKeys.INVALID_ENCRYPTION_KEY);
  }

  @Test
  void genesisIndexesRegulatorsByJurisdiction() {
    assertThat(Jurisdictions.members(chain.view(), "CN", Role.REGULATOR))
        .containsExactly(csrc.id());
    assertThat(Jurisdictions.members(chain.view(), "CH", Role.REGULATOR))
        .containsExactly(c.regulator.id());
    assertThat(Jurisdictions.members(chain.view(), "DE", Role.COMMERCIAL_BANK))
        .containsExactly(c.bankDe.id());
    assertThat(Mandates.regulatorsFor(chain.view(), "CN")).containsExactly(csrc.id());
    assertThat(Mandates.regulatorsFor(chain.view(), "DE")).isEmpty();
  }

  @Test
  void aGovernanceGrantedMandateAddsARegulatorAndRevocationRemovesIt() throws Exception {
    Runtime withGovernance = runtimeWith(new MandateTestModule());
    MandateTestModule.Body deOverseenByCh = new MandateTestModule.Body("DE", c.regulator.id());
    assertThat(run(withGovernance, c.bankDe, MandateTestModule.GRANT, deOverseenByCh).code())
        .isEqualTo(ResultCode.UNAUTHORIZED);
    assertThat(run(withGovernance, c.secretariat, MandateTestModule.GRANT, deOverseenByCh).code())
        .isEqualTo(ResultCode.OK);
    assertThat(Mandates.regulatorsFor(chain.view(), "DE")).containsExactly(c.regulator.id());

    Sealed old =
        sealer.seal(
            Bytes.utf8(CONTENT),
            List.of(c.traderCn.encryption().publicKey(), c.traderDe.encryption().publicKey()));
    assertThat(
            codeOf(
                () -> Confidentiality.requireRecipients(chain.view(), old, parties, List.of("DE"))))
        .isEqualTo(ConfidentialCodes.MISSING_RECIPIENT);
    Sealed sealed = sealForDeal();
    Confidentiality.requireRecipients(chain.view(), sealed, parties);
    assertThat(sealer.open(sealed, c.regulator.encryption())).isEqualTo(Bytes.utf8(CONTENT));

    assertThat(run(withGovernance, c.secretariat, MandateTestModule.GRANT, deOverseenByCh).code())
        .isEqualTo(ConfidentialCodes.MANDATE_EXISTS);
    assertThat(
            run(
                    withGovernance,
                    c.secretariat,
                    MandateTestModule.GRANT,
                    new MandateTestModule.Body("DE", c.bankCn.id()))
                .code())
        .isEqualTo(ConfidentialCodes.NOT_REGULATOR);
    assertThat(
            run(
                    withGovernance,
                    c.secretariat,
                    MandateTestModule.GRANT,
                    new MandateTestModule.Body("CN", csrc.id()))
                .code())
        .isEqualTo(ConfidentialCodes.MANDATE_EXISTS);
    assertThat(run(withGovernance, c.secretariat, MandateTestModule.REVOKE, deOverseenByCh).code())
        .isEqualTo(ResultCode.OK);
    assertThat(Mandates.regulatorsFor(chain.view(), "DE")).isEmpty();
    assertThat(run(withGovernance, c.secretariat, MandateTestModule.REVOKE, deOverseenByCh).code())
        .isEqualTo(ConfidentialCodes.NO_MANDATE);
  }

  @Test
  void contentThatDoesNotMatchItsCommitmentIsRefusedByTheReader() {
    Sealed sealed = sealForDeal();
    Sealed lying =
        new Sealed(sealed.envelope(), TradeChain.SUITE.hash().digest(Bytes.utf8("other")));
    assertThatThrownBy(() -> sealer.open(lying, c.traderDe.encryption()))
        .isInstanceOfSatisfying(
            EnvelopeException.class,
            e -> assertThat(e.reason()).isEqualTo(EnvelopeException.Reason.PAYLOAD_TAMPERED));
  }

  @Test
  void resealingKeepsTheCommitmentSoANewRecipientCanCheckIt() throws Exception {
    Sealed sealed = sealForDeal();
    Sealer.Opened opened = sealer.openWithSalt(sealed, c.traderCn.encryption());
    Sealed forBank =
        sealer.seal(
            opened,
            List.of(c.traderCn.encryption().publicKey(), c.bankFr.encryption().publicKey()));
    assertThat(forBank.commitment()).isEqualTo(sealed.commitment());
    assertThat(forBank.envelope()).isNotEqualTo(sealed.envelope());
    assertThat(sealer.open(forBank, c.bankFr.encryption())).isEqualTo(Bytes.utf8(CONTENT));
    // A fresh seal of the same content gets a fresh salt, so its commitment says nothing.
    assertThat(sealForDeal().commitment()).isNotEqualTo(sealed.commitment());
  }

  private Runtime runtimeWith(TradeModule extra) {
    List<TradeModule> modules = new ArrayList<>(TradeModules.all());
    modules.add(extra);
    return new Runtime(
        TradeChain.CHAIN,
        TradeChain.SUITE.hash(),
        ModuleRegistry.of(modules),
        ExecutionLimits.DEFAULT,
        SignatureCheck.verifying(TradeChain.SUITE));
  }

  private <B> Receipt run(
      Runtime runtime, Party who, org.silkchain.runtime.module.Action<B> action, B body) {
    var tx =
        chain.sign(
            who.id(),
            chain.nonce(who.id()),
            action.payload(MandateTestModule.NAME, body),
            List.of(who.key()));
    TxResult r = runtime.executeTransaction(chain.view(), tx, new BlockInfo(1_000, chain.time()));
    assertThat(r).isInstanceOf(TxResult.Executed.class);
    var executed = (TxResult.Executed) r;
    executed
        .writes()
        .forEach(
            (k, v) -> {
              if (v.isPresent()) {
                chain.state.put(k, v.get());
              } else {
                chain.state.remove(k);
              }
            });
    return executed.receipt();
  }

  private static ResultCode codeOf(Runnable rule) {
    try {
      rule.run();
    } catch (Rejection e) {
      return e.code();
    }
    return ResultCode.OK;
  }

  private static boolean contains(Bytes haystack, Bytes needle) {
    return indexOf(haystack.toArray(), needle.toArray(), false) >= 0;
  }

  private static boolean containsIgnoringCase(Bytes haystack, Bytes needle) {
    return indexOf(haystack.toArray(), needle.toArray(), true) >= 0;
  }

  private static int indexOf(byte[] h, byte[] n, boolean ignoreCase) {
    outer:
    for (int i = 0; i + n.length <= h.length; i++) {
      for (int j = 0; j < n.length; j++) {
        byte a = h[i + j];
        byte b = n[j];
        if (ignoreCase) {
          a = (byte) Character.toLowerCase((char) (a & 0xFF));
          b = (byte) Character.toLowerCase((char) (b & 0xFF));
        }
        if (a != b) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
