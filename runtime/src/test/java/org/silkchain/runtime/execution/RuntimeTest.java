package org.silkchain.runtime.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.module.Fields;
import org.silkchain.runtime.receipt.EventIndex;
import org.silkchain.runtime.receipt.Receipt;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.runtime.state.StateKey;

class RuntimeTest {
  private static final BlockInfo BLOCK = new BlockInfo(5, 1_700_000_000_000L);
  private final Fixture f = new Fixture();
  private final KeyPair alice = Fixture.key("alice");
  private final AccountId aliceId = f.single(alice, Role.TRADER);

  private Payload add(long n) {
    return CounterModule.ADD.payload(CounterModule.NAME, n);
  }

  private TxResult run(SignedTransaction tx) {
    TxResult r = f.runtime.executeTransaction(f.view(), tx, BLOCK);
    f.apply(r);
    return r;
  }

  private Receipt executed(TxResult r) {
    assertThat(r).isInstanceOf(TxResult.Executed.class);
    return ((TxResult.Executed) r).receipt();
  }

  private ResultCode invalid(TxResult r) {
    assertThat(r).isInstanceOf(TxResult.Invalid.class);
    return ((TxResult.Invalid) r).code();
  }

  @Test
  void successAppliesWritesReceiptIndexAndNonce() {
    TxResult r = run(Fixture.tx(aliceId, 0, add(7), List.of(alice)));
    Receipt receipt = executed(r);
    assertThat(receipt.code()).isEqualTo(ResultCode.OK);
    assertThat(receipt.events()).hasSize(1);
    assertThat(f.runtime.query(f.view(), "counter", "value", Fields.U63.encode(0L)))
        .isEqualTo(Fields.U63.encode(7L));
    assertThat(Accounts.read(f.view(), aliceId).orElseThrow().nonce()).isEqualTo(1);
    assertThat(f.state).containsKey(EventIndex.receiptKey(receipt.txId()));
    Bytes indexKey =
        StateKey.of("idx", "counter", "added", "n", "7", StateKey.part(5), StateKey.part(0));
    assertThat(f.state.get(indexKey)).isEqualTo(receipt.txId().hash().bytes());
    assertThat(Receipt.CODEC.decode(f.state.get(EventIndex.receiptKey(receipt.txId()))))
        .isEqualTo(receipt);
  }

  @Test
  void refusedActionConsumesNonceAndChangesNothingElse() {
    TxResult r =
        run(
            Fixture.tx(
                aliceId, 0, CounterModule.ADD_SMALL.payload("counter", 101L), List.of(alice)));
    Receipt receipt = executed(r);
    assertThat(receipt.code()).isEqualTo(CounterModule.TOO_BIG);
    assertThat(receipt.message()).contains("101 is more than 100");
    assertThat(((TxResult.Executed) r).writes().keySet())
        .containsExactly(Accounts.key(aliceId), EventIndex.receiptKey(receipt.txId()));
    // the same signed transaction cannot be replayed
    assertThat(invalid(run(Fixture.tx(aliceId, 0, add(1), List.of(alice)))))
        .isEqualTo(ResultCode.NONCE_TOO_LOW);
  }

  @Test
  void prechecksMakeTheTransactionInvalidWithoutWrites() {
    KeyPair mallory = Fixture.key("mallory");
    assertThat(invalid(run(Fixture.tx(aliceId, 1, add(1), List.of(alice)))))
        .isEqualTo(ResultCode.NONCE_TOO_HIGH);
    assertThat(invalid(run(Fixture.tx(aliceId, 0, add(1), List.of(mallory)))))
        .isEqualTo(ResultCode.BAD_SIGNATURE);
    AccountId nobody = AccountId.derive(Fixture.SUITE.hash(), Bytes.utf8("nobody"));
    assertThat(invalid(run(Fixture.tx(nobody, 0, add(1), List.of(alice)))))
        .isEqualTo(ResultCode.UNKNOWN_ACCOUNT);
    SignedTransaction otherChain =
        SignedTransaction.sign(
            new TransactionBody(ChainId.of("other"), aliceId, 0, new ValidityWindow(0, 9), add(1)),
            List.of(alice),
            Fixture.SUITE);
    assertThat(invalid(run(otherChain))).isEqualTo(ResultCode.WRONG_CHAIN);
    SignedTransaction late =
        SignedTransaction.sign(
            new TransactionBody(Fixture.CHAIN, aliceId, 0, new ValidityWindow(0, 4), add(1)),
            List.of(alice),
            Fixture.SUITE);
    assertThat(invalid(run(late))).isEqualTo(ResultCode.EXPIRED);
    SignedTransaction early =
        SignedTransaction.sign(
            new TransactionBody(Fixture.CHAIN, aliceId, 0, new ValidityWindow(6, 9), add(1)),
            List.of(alice),
            Fixture.SUITE);
    assertThat(invalid(run(early))).isEqualTo(ResultCode.NOT_YET_VALID);
    assertThat(Accounts.read(f.view(), aliceId).orElseThrow().nonce()).isZero();
  }

  @Test
  void forgedSignatureIsRejected() {
    SignedTransaction good = Fixture.tx(aliceId, 0, add(1), List.of(alice));
    SignedTransaction forged =
        new SignedTransaction(
            new TransactionBody(Fixture.CHAIN, aliceId, 0, new ValidityWindow(0, 1000), add(2)),
            good.signatures());
    assertThat(invalid(run(forged))).isEqualTo(ResultCode.BAD_SIGNATURE);
  }

  @Test
  void multisigNeedsThreshold() {
    KeyPair k1 = Fixture.key("k1");
    KeyPair k2 = Fixture.key("k2");
    KeyPair k3 = Fixture.key("k3");
    AccountId multi =
        f.account(
            new AccountRecord(
                0, List.of(k1.publicKey(), k2.publicKey(), k3.publicKey()), 2, Set.of(), false),
            "multi");
    assertThat(invalid(run(Fixture.tx(multi, 0, add(1), List.of(k1)))))
        .isEqualTo(ResultCode.INSUFFICIENT_SIGNATURES);
    assertThat(invalid(run(Fixture.tx(multi, 0, add(1), List.of(k1, alice)))))
        .isEqualTo(ResultCode.BAD_SIGNATURE);
    assertThat(executed(run(Fixture.tx(multi, 0, add(1), List.of(k1, k3)))).code())
        .isEqualTo(ResultCode.OK);
  }

  @Test
  void frozenSenderIsInvalid() {
    f.state.put(
        Accounts.key(aliceId),
        Accounts.encode(Accounts.read(f.view(), aliceId).orElseThrow().withFrozen(true)));
    assertThat(invalid(run(Fixture.tx(aliceId, 0, add(1), List.of(alice)))))
        .isEqualTo(ResultCode.ACCOUNT_FROZEN);
  }

  @Test
  void dispatchFailuresHaveStableCodes() {
    assertThat(
            executed(
                    run(
                        Fixture.tx(
                            aliceId, 0, new Payload("nope", "add", Bytes.EMPTY), List.of(alice))))
                .code())
        .isEqualTo(ResultCode.UNKNOWN_MODULE);
    assertThat(
            executed(
                    run(
                        Fixture.tx(
                            aliceId,
                            1,
                            new Payload("counter", "nope", Bytes.EMPTY),
                            List.of(alice))))
                .code())
        .isEqualTo(ResultCode.UNKNOWN_ACTION);
    assertThat(
            executed(
                    run(
                        Fixture.tx(
                            aliceId,
                            2,
                            new Payload("counter", "add", Bytes.of((byte) 1)),
                            List.of(alice))))
                .code())
        .isEqualTo(ResultCode.MALFORMED_BODY);
    assertThat(
            executed(
                    run(
                        Fixture.tx(
                            aliceId,
                            3,
                            CounterModule.REGULATED.payload("counter", 1L),
                            List.of(alice))))
                .code())
        .isEqualTo(ResultCode.UNAUTHORIZED);
    assertThat(
            executed(
                    run(
                        Fixture.tx(
                            aliceId,
                            4,
                            CounterModule.WRITE_ACCOUNT_KEY.payload("counter", 1L),
                            List.of(alice))))
                .code())
        .isEqualTo(ResultCode.INTERNAL_ERROR);
  }

  @Test
  void overflowIsTyped() {
    executed(run(Fixture.tx(aliceId, 0, add(Long.MAX_VALUE), List.of(alice))));
    Receipt r = executed(run(Fixture.tx(aliceId, 1, add(1), List.of(alice))));
    assertThat(r.code()).isEqualTo(ResultCode.OVERFLOW);
    assertThat(f.runtime.query(f.view(), "counter", "value", Fields.U63.encode(0L)))
        .isEqualTo(Fields.U63.encode(Long.MAX_VALUE));
  }

  @Test
  void limitsStopRunawayTransactions() {
    Receipt writes =
        executed(
            run(
                Fixture.tx(
                    aliceId, 0, CounterModule.FILL.payload("counter", 300L), List.of(alice))));
    assertThat(writes.code()).isEqualTo(ResultCode.LIMIT_EXCEEDED);
    assertThat(writes.message()).contains("state writes");
    Fixture small = new Fixture(new ExecutionLimits(64 * 1024, 256, 100, 64));
    AccountId bob = small.single(alice);
    TxResult r =
        small.runtime.executeTransaction(
            small.view(),
            Fixture.tx(bob, 0, CounterModule.FILL.payload("counter", 10L), List.of(alice)),
            BLOCK);
    assertThat(((TxResult.Executed) r).receipt().code()).isEqualTo(ResultCode.LIMIT_EXCEEDED);
    Fixture tiny = new Fixture(new ExecutionLimits(100, 256, 100_000, 64));
    AccountId carol = tiny.single(alice);
    TxResult big =
        tiny.runtime.executeTransaction(
            tiny.view(), Fixture.tx(carol, 0, add(1), List.of(alice)), BLOCK);
    assertThat(invalid(big)).isEqualTo(ResultCode.TOO_LARGE);
  }

  @Test
  void blocksAreDeterministicAndStrict() {
    List<SignedTransaction> txs =
        List.of(
            Fixture.tx(aliceId, 0, add(3), List.of(alice)),
            Fixture.tx(
                aliceId, 1, CounterModule.ADD_SMALL.payload("counter", 500L), List.of(alice)),
            Fixture.tx(aliceId, 2, add(4), List.of(alice)));
    BlockOutcome first = f.runtime.executeBlock(f.view(), txs, BLOCK);
    BlockOutcome second = f.runtime.executeBlock(f.view(), txs, BLOCK);
    assertThat(first).isEqualTo(second);
    BlockResult result = ((BlockOutcome.Valid) first).result();
    assertThat(result.receipts())
        .extracting(Receipt::code)
        .containsExactly(ResultCode.OK, CounterModule.TOO_BIG, ResultCode.OK);
    assertThat(result.receipts()).extracting(Receipt::txIndex).containsExactly(0, 1, 2);
    TreeMap<Bytes, Bytes> after = new TreeMap<>(f.state);
    result.writes().forEach((k, v) -> after.put(k, v.orElseThrow()));
    assertThat(after.get(StateKey.of("counter", "value"))).isEqualTo(Fields.U63.encode(7L));

    List<SignedTransaction> withGap = List.of(txs.get(0), txs.get(2));
    BlockOutcome invalid = f.runtime.executeBlock(f.view(), withGap, BLOCK);
    assertThat(invalid).isInstanceOf(BlockOutcome.Invalid.class);
    assertThat(((BlockOutcome.Invalid) invalid).index()).isEqualTo(1);
    assertThat(((BlockOutcome.Invalid) invalid).reason().code())
        .isEqualTo(ResultCode.NONCE_TOO_HIGH);
  }

  @Test
  void unknownQueryIsRejected() {
    assertThatThrownBy(() -> f.runtime.query(f.view(), "counter", "nope", Bytes.EMPTY))
        .isInstanceOfSatisfying(
            Rejection.class, r -> assertThat(r.code()).isEqualTo(ResultCode.UNKNOWN_ACTION));
  }
}
