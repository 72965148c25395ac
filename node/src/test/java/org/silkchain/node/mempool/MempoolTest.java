package org.silkchain.node.mempool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.node.TestLedger;
import org.silkchain.node.config.MempoolSettings;
import org.silkchain.node.execution.RejectionCode;
import org.silkchain.trade.identity.IdentityModule;
import org.silkchain.trade.identity.SetKeys;
import org.silkchain.trade.kv.KvPut;

class MempoolTest {
  private TestLedger ledger;
  private Mempool pool;

  @BeforeEach
  void setUp() throws Exception {
    ledger = TestLedger.create();
    pool = ledger.mempool(new MempoolSettings(100, 1 << 20, 8, 4096));
  }

  private RejectionCode rejection(Bytes encoded) {
    return pool.admit(encoded).rejection().orElseThrow();
  }

  private RejectionCode rejection(SignedTransaction tx) {
    return rejection(tx.encode());
  }

  @Test
  void admitsAValidTransactionOnce() {
    SignedTransaction tx = ledger.put("trader", 0, "k", "v");
    Admission first = pool.admit(tx.encode());
    assertThat(first.isAdmitted()).isTrue();
    assertThat(first.id()).contains(tx.id(ledger.genesis.hashFunction()));
    assertThat(rejection(tx)).isEqualTo(RejectionCode.DUPLICATE);
    assertThat(pool.size()).isEqualTo(1);
  }

  @Test
  void everyAdmissionCheckHasItsCode() {
    assertThat(rejection(Bytes.fromHex("010203"))).isEqualTo(RejectionCode.MALFORMED);
    assertThat(rejection(Bytes.wrap(new byte[5000]))).isEqualTo(RejectionCode.TOO_LARGE);
    assertThat(
            rejection(
                new KvPut("k", Bytes.EMPTY)
                    .sign(
                        ChainId.of("elsewhere"),
                        ledger.signer("trader"),
                        0,
                        new ValidityWindow(0, 9))))
        .isEqualTo(RejectionCode.WRONG_CHAIN);
    TransactionBody body = ledger.put("trader", 0, "k", "v").body();
    assertThat(
            rejection(
                SignedTransaction.sign(
                    body, List.of(ledger.signer("bank-1")), ledger.genesis.signatureSuite())))
        .isEqualTo(RejectionCode.BAD_SIGNATURE);
    var stranger = ledger.genesis.signatureSuite().generate(new java.security.SecureRandom());
    assertThat(
            rejection(
                new KvPut("k", Bytes.EMPTY)
                    .sign(ledger.genesis.chainId(), stranger, 0, new ValidityWindow(0, 9))))
        .isEqualTo(RejectionCode.UNKNOWN_ACCOUNT);
    assertThat(rejection(ledger.put("trader", 65, "k", "v")))
        .isEqualTo(RejectionCode.NONCE_TOO_HIGH);
    assertThat(
            rejection(
                new KvPut("k", Bytes.EMPTY)
                    .sign(
                        ledger.genesis.chainId(),
                        ledger.signer("trader"),
                        0,
                        new ValidityWindow(0, 0))))
        .isEqualTo(RejectionCode.EXPIRED);
    assertThat(
            rejection(
                new KvPut("k", Bytes.EMPTY)
                    .sign(
                        ledger.genesis.chainId(),
                        ledger.signer("trader"),
                        0,
                        new ValidityWindow(3, 9))))
        .isEqualTo(RejectionCode.NOT_YET_VALID);
    assertThat(pool.size()).isZero();
  }

  @Test
  void aSecondTransactionForATakenNonceIsADuplicate() {
    assertThat(pool.admit(ledger.put("trader", 0, "k", "v").encode()).isAdmitted()).isTrue();
    assertThat(rejection(ledger.put("trader", 0, "k", "other"))).isEqualTo(RejectionCode.DUPLICATE);
  }

  @Test
  void aFullPoolRefusesByCountAndByBytes() {
    Mempool small = ledger.mempool(new MempoolSettings(2, 1 << 20, 8, 4096));
    assertThat(small.admit(ledger.put("trader", 0, "a", "1").encode()).isAdmitted()).isTrue();
    assertThat(small.admit(ledger.put("bank-1", 0, "a", "1").encode()).isAdmitted()).isTrue();
    assertThat(small.admit(ledger.put("bank-2", 0, "a", "1").encode()).rejection())
        .contains(RejectionCode.MEMPOOL_FULL);
    Mempool bytes = ledger.mempool(new MempoolSettings(100, 300, 8, 4096));
    assertThat(bytes.admit(ledger.put("trader", 0, "a", "1").encode()).isAdmitted()).isTrue();
    assertThat(bytes.admit(ledger.put("bank-1", 0, "a", "1").encode()).rejection())
        .contains(RejectionCode.MEMPOOL_FULL);
  }

  @Test
  void aSenderOverItsQuotaIsRefusedWhileOthersAreNot() {
    Mempool quota = ledger.mempool(new MempoolSettings(100, 1 << 20, 2, 4096));
    assertThat(quota.admit(ledger.put("trader", 0, "a", "0").encode()).isAdmitted()).isTrue();
    assertThat(quota.admit(ledger.put("trader", 1, "a", "1").encode()).isAdmitted()).isTrue();
    assertThat(quota.admit(ledger.put("trader", 2, "a", "2").encode()).rejection())
        .contains(RejectionCode.SENDER_QUOTA);
    assertThat(quota.admit(ledger.put("bank-1", 0, "a", "0").encode()).isAdmitted()).isTrue();
    assertThat(quota.admit(ledger.put("bank-1", 65, "a", "0").encode()).rejection())
        .contains(RejectionCode.NONCE_TOO_HIGH);
  }

  @Test
  void reapTakesSendersRoundRobinInNonceOrder() {
    for (int n = 3; n >= 0; n--) {
      pool.admit(ledger.put("trader", n, "t", "" + n).encode());
    }
    pool.admit(ledger.put("bank-1", 0, "b", "0").encode());
    pool.admit(ledger.put("bank-1", 1, "b", "1").encode());
    List<SignedTransaction> reaped = pool.reap(100, ledger.chain::nonceOf);
    assertThat(reaped)
        .extracting(
            tx ->
                tx.body().sender().equals(ledger.account("trader"))
                    ? "t" + tx.body().nonce()
                    : "b" + tx.body().nonce())
        .containsExactly("t0", "b0", "t1", "b1", "t2", "t3");
    assertThat(pool.reap(3, ledger.chain::nonceOf)).hasSize(3);
  }

  @Test
  void aCommittedBlockEvictsItsTransactionsAndStaleNonces() {
    SignedTransaction t0 = ledger.put("trader", 0, "a", "0");
    SignedTransaction t1 = ledger.put("trader", 1, "a", "1");
    SignedTransaction b0 = ledger.put("bank-1", 0, "b", "0");
    pool.admit(t0.encode());
    pool.admit(t1.encode());
    pool.admit(b0.encode());
    // Another node's block took the trader's nonce 0 with a different transaction, and b0.
    SignedTransaction other = ledger.put("trader", 0, "z", "z");
    var committed = ledger.commit(List.of(other, b0));
    pool.onBlockCommitted(committed.txIds());
    assertThat(pool.contains(b0.id(ledger.genesis.hashFunction()))).isFalse();
    assertThat(pool.contains(t0.id(ledger.genesis.hashFunction()))).isFalse();
    assertThat(pool.pendingOf(ledger.account("trader"))).containsExactly(t1);
    assertThat(pool.size()).isEqualTo(1);
  }

  @Test
  void aMultiKeyAccountNeedsItsThresholdOfSignaturesEvenAtAFutureNonce() {
    // The trader's account now needs 2 of {its key, bank-1's key}.
    var keys = List.of(ledger.signer("trader").publicKey(), ledger.signer("bank-1").publicKey());
    TransactionBody body =
        new TransactionBody(
            ledger.genesis.chainId(),
            ledger.account("trader"),
            0,
            new ValidityWindow(0, 1000),
            IdentityModule.SET_KEYS.payload(IdentityModule.NAME, new SetKeys(keys, 2)));
    SignedTransaction setKeys =
        SignedTransaction.sign(
            body, List.of(ledger.signer("trader")), ledger.genesis.signatureSuite());
    ledger.commit(List.of(setKeys));
    Admission single = pool.admit(ledger.put("trader", 2, "k", "v").encode());
    assertThat(single.rejection()).contains(RejectionCode.INSUFFICIENT_SIGNATURES);
    TransactionBody put = ledger.put("trader", 2, "k", "v").body();
    SignedTransaction both =
        SignedTransaction.sign(
            put,
            List.of(ledger.signer("trader"), ledger.signer("bank-1")),
            ledger.genesis.signatureSuite());
    assertThat(pool.admit(both.encode()).isAdmitted()).isTrue();
  }
}
