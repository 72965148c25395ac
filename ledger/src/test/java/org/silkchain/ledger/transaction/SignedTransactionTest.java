package org.silkchain.ledger.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.Signature;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.TestKeys;
import org.silkchain.ledger.transaction.SignatureVerification.Failure;
import org.silkchain.ledger.transaction.SignatureVerification.Invalid;

class SignedTransactionTest {

  static TransactionBody body(SuiteId suite, String chain, List<KeyPair> keys) {
    return new TransactionBody(
        ChainId.of(chain),
        AccountId.fromInitialKeys(
            SignatureSuite.of(suite).hash(), keys.stream().map(KeyPair::publicKey).toList()),
        7,
        new ValidityWindow(10, 20),
        new Payload("trade", "issue_bill", Bytes.utf8("{bill}")));
  }

  static List<KeyPair> keys(SuiteId suite, int count) {
    List<KeyPair> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      keys.add(TestKeys.key(suite, i));
    }
    return keys;
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void signedTransactionVerifies(SuiteId suiteId) {
    SignatureSuite suite = SignatureSuite.of(suiteId);
    List<KeyPair> keys = keys(suiteId, 3);
    SignedTransaction tx = SignedTransaction.sign(body(suiteId, "chain-a", keys), keys, suite);

    assertThat(tx.verifySignatures(suite)).isEqualTo(SignatureVerification.VALID);
    assertThat(tx.signatures()).hasSize(3);
    assertThat(tx.signatures())
        .extracting(TxSignature::signer)
        .isSortedAccordingTo(Comparator.naturalOrder());
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void signatureForChainADoesNotVerifyOnChainB(SuiteId suiteId) {
    SignatureSuite suite = SignatureSuite.of(suiteId);
    List<KeyPair> keys = keys(suiteId, 1);
    SignedTransaction onA = SignedTransaction.sign(body(suiteId, "chain-a", keys), keys, suite);
    TransactionBody b = onA.body();
    TransactionBody onBBody =
        new TransactionBody(
            ChainId.of("chain-b"), b.sender(), b.nonce(), b.validity(), b.payload());
    SignedTransaction replayed = new SignedTransaction(onBBody, onA.signatures());

    assertThat(replayed.verifySignatures(suite))
        .isEqualTo(new Invalid(0, keys.get(0).publicKey(), Failure.BAD_SIGNATURE));
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void tamperedBodyFailsAtTheFirstSignature(SuiteId suiteId) {
    SignatureSuite suite = SignatureSuite.of(suiteId);
    List<KeyPair> keys = keys(suiteId, 2);
    SignedTransaction tx = SignedTransaction.sign(body(suiteId, "chain-a", keys), keys, suite);
    TransactionBody b = tx.body();
    TransactionBody tampered =
        new TransactionBody(
            b.chainId(),
            b.sender(),
            b.nonce(),
            b.validity(),
            new Payload("trade", "issue_bill", Bytes.utf8("{bill!}")));

    assertThat(new SignedTransaction(tampered, tx.signatures()).verifySignatures(suite))
        .isEqualTo(new Invalid(0, tx.signatures().get(0).signer(), Failure.BAD_SIGNATURE));
  }

  @Test
  void oneBadSignatureAmongSeveralIsReportedByIndex() {
    SignatureSuite suite = SignatureSuite.of(SuiteId.ED25519);
    List<KeyPair> keys = keys(SuiteId.ED25519, 3);
    SignedTransaction tx = SignedTransaction.sign(body(SuiteId.ED25519, "c", keys), keys, suite);
    List<TxSignature> sigs = new ArrayList<>(tx.signatures());
    byte[] broken = sigs.get(2).signature().bytes().toArray();
    broken[0] ^= 1;
    sigs.set(2, new TxSignature(sigs.get(2).signer(), new Signature(Bytes.wrap(broken))));

    assertThat(new SignedTransaction(tx.body(), sigs).verifySignatures(suite))
        .isEqualTo(new Invalid(2, sigs.get(2).signer(), Failure.BAD_SIGNATURE));
  }

  @Test
  void signerOfAnotherSuiteIsReported() {
    SignatureSuite ed = SignatureSuite.of(SuiteId.ED25519);
    SignatureSuite sm2 = SignatureSuite.of(SuiteId.SM2_SM3);
    List<KeyPair> keys = keys(SuiteId.SM2_SM3, 1);
    SignedTransaction tx = SignedTransaction.sign(body(SuiteId.SM2_SM3, "c", keys), keys, sm2);

    assertThat(tx.verifySignatures(ed))
        .isEqualTo(new Invalid(0, keys.get(0).publicKey(), Failure.WRONG_SUITE));
    assertThatThrownBy(() -> SignedTransaction.sign(tx.body(), keys, ed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot sign for ED25519");
  }

  @Test
  void duplicateSignerIsRejectedByConstructorAndDecoder() {
    SignatureSuite suite = SignatureSuite.of(SuiteId.ED25519);
    List<KeyPair> keys = keys(SuiteId.ED25519, 1);
    TransactionBody body = body(SuiteId.ED25519, "c", keys);
    KeyPair k = keys.get(0);

    assertThatThrownBy(() -> SignedTransaction.sign(body, List.of(k, k), suite))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate signer");

    // Same signer, two different signatures: distinct encodings, so only the signer check catches
    // it.
    TxSignature s1 = SignedTransaction.sign(body, keys, suite).signatures().get(0);
    TxSignature s2 = new TxSignature(k.publicKey(), new Signature(Bytes.wrap(new byte[64])));
    Bytes forged = encodeUnchecked(body, List.of(s2, s1));
    assertThatThrownBy(() -> SignedTransaction.CODEC.decode(forged))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(DecodeException.Reason.DUPLICATE));
  }

  @Test
  void unsortedSignaturesAreNotCanonical() {
    SignatureSuite suite = SignatureSuite.of(SuiteId.ED25519);
    List<KeyPair> keys = keys(SuiteId.ED25519, 2);
    SignedTransaction tx = SignedTransaction.sign(body(SuiteId.ED25519, "c", keys), keys, suite);
    Bytes reversed =
        encodeUnchecked(tx.body(), List.of(tx.signatures().get(1), tx.signatures().get(0)));

    assertThatThrownBy(() -> SignedTransaction.CODEC.decode(reversed))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(DecodeException.Reason.NOT_SORTED));
  }

  @Test
  void signatureCountIsBounded() {
    SignatureSuite suite = SignatureSuite.of(SuiteId.ED25519);
    List<KeyPair> keys = keys(SuiteId.ED25519, 17);
    TransactionBody body = body(SuiteId.ED25519, "c", keys.subList(0, 1));

    assertThat(SignedTransaction.sign(body, keys.subList(0, 16), suite).verifySignatures(suite))
        .isEqualTo(SignatureVerification.VALID);
    assertThatThrownBy(() -> SignedTransaction.sign(body, keys, suite))
        .hasMessageContaining("1..16 signatures, got 17");
    assertThatThrownBy(() -> new SignedTransaction(body, List.of())).hasMessageContaining("got 0");
    assertThatThrownBy(() -> SignedTransaction.CODEC.decode(encodeUnchecked(body, List.of())))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(DecodeException.Reason.INVALID_VALUE));
  }

  @Test
  void idIgnoresSignaturesButCoversTheBody() {
    SignatureSuite suite = SignatureSuite.of(SuiteId.ED25519);
    List<KeyPair> keys = keys(SuiteId.ED25519, 2);
    TransactionBody body = body(SuiteId.ED25519, "c", keys);
    SignedTransaction both = SignedTransaction.sign(body, keys, suite);
    SignedTransaction one = SignedTransaction.sign(body, keys.subList(0, 1), suite);
    TransactionBody other =
        new TransactionBody(
            body.chainId(), body.sender(), body.nonce() + 1, body.validity(), body.payload());

    assertThat(one.id(suite.hash())).isEqualTo(both.id(suite.hash()));
    assertThat(other.id(suite.hash())).isNotEqualTo(body.id(suite.hash()));
    // Domain-tagged: the id is not the plain hash of the encoding.
    assertThat(body.id(suite.hash()).hash()).isNotEqualTo(suite.hash().digest(body.encode()));
  }

  @Test
  void signBytesStartWithTheTransactionDomain() {
    TransactionBody body = body(SuiteId.ED25519, "c", keys(SuiteId.ED25519, 1));
    assertThat(body.signBytes())
        .isEqualTo(Bytes.utf8("silkchain/tx/v1\0").concat(TransactionBody.CODEC.encode(body)));
  }

  /** An encoding built without the constructor's checks, as a hostile peer would send it. */
  static Bytes encodeUnchecked(TransactionBody body, List<TxSignature> sigs) {
    CanonicalWriter out = new CanonicalWriter();
    out.header(SignedTransaction.TYPE_TAG, SignedTransaction.VERSION);
    TransactionBody.CODEC.encode(body, out);
    out.list(sigs, TxSignature.CODEC);
    return out.toBytes();
  }
}
