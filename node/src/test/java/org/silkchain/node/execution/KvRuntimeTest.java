package org.silkchain.node.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.node.TestLedger;

class KvRuntimeTest {
  private TestLedger ledger;
  private WorkingState state;

  @BeforeEach
  void setUp() throws Exception {
    ledger = TestLedger.create();
    state = new WorkingState(key -> ledger.tree.get(key, 0));
  }

  private TxOutcome run(SignedTransaction tx) {
    return ledger.runtime.execute(state, tx, 1);
  }

  private static RejectionCode code(TxOutcome outcome) {
    return ((TxOutcome.Rejected) outcome).code();
  }

  @Test
  void aPutWritesUnderTheSenderAndConsumesTheNonce() {
    assertThat(run(ledger.put("trader", 0, "k", "v")))
        .isEqualTo(new TxOutcome.Executed(ResultCode.OK));
    assertThat(state.get(StateKeys.kv(ledger.account("trader"), "k"))).contains(Bytes.utf8("v"));
    Account account =
        Account.CODEC.decode(state.get(StateKeys.account(ledger.account("trader"))).orElseThrow());
    assertThat(account.nonce()).isEqualTo(1);
  }

  @Test
  void replayingANonceIsRejectedAndChangesNothing() {
    run(ledger.put("trader", 0, "k", "v"));
    var before = state.changes().toString();
    TxOutcome again = run(ledger.put("trader", 0, "k", "other"));
    assertThat(code(again)).isEqualTo(RejectionCode.NONCE_TOO_LOW);
    assertThat(state.changes().toString()).isEqualTo(before);
    assertThat(code(run(ledger.put("trader", 5, "k", "v"))))
        .isEqualTo(RejectionCode.NONCE_TOO_HIGH);
  }

  @Test
  void aTransactionSignedForAnotherChainIsRejected() {
    SignedTransaction foreign =
        new KvPut("k", Bytes.utf8("v"))
            .sign(ChainId.of("other-chain"), ledger.signer("trader"), 0, new ValidityWindow(0, 9));
    assertThat(code(run(foreign))).isEqualTo(RejectionCode.WRONG_CHAIN);
    assertThat(state.changes()).isEmpty();
  }

  @Test
  void aSignatureByAnotherKeyIsRejected() {
    TransactionBody body = ledger.put("trader", 0, "k", "v").body();
    SignedTransaction forged =
        SignedTransaction.sign(
            body, List.of(ledger.signer("bank-1")), ledger.genesis.signatureSuite());
    assertThat(code(run(forged))).isEqualTo(RejectionCode.BAD_SIGNATURE);
    assertThat(state.changes()).isEmpty();
  }

  @Test
  void theValidityWindowMustContainTheHeight() {
    SignedTransaction late =
        new KvPut("k", Bytes.utf8("v"))
            .sign(ledger.genesis.chainId(), ledger.signer("trader"), 0, new ValidityWindow(5, 9));
    assertThat(code(run(late))).isEqualTo(RejectionCode.NOT_YET_VALID);
    assertThat(code(ledger.runtime.execute(state, late, 10))).isEqualTo(RejectionCode.EXPIRED);
  }

  @Test
  void anUnknownModuleIsCommittedWithItsCodeAndConsumesTheNonce() {
    TransactionBody body =
        new TransactionBody(
            ledger.genesis.chainId(),
            ledger.account("trader"),
            0,
            new ValidityWindow(0, 9),
            new Payload("letters", "issue", Bytes.EMPTY));
    SignedTransaction tx =
        SignedTransaction.sign(
            body, List.of(ledger.signer("trader")), ledger.genesis.signatureSuite());
    assertThat(run(tx)).isEqualTo(new TxOutcome.Executed(ResultCode.UNKNOWN_MODULE));
    assertThat(code(run(ledger.put("trader", 0, "k", "v")))).isEqualTo(RejectionCode.NONCE_TOO_LOW);
  }

  @Test
  void aBlockWithAReplayedTransactionIsInvalid() {
    var tx = ledger.put("trader", 0, "k", "v");
    BlockExecutor.Outcome outcome =
        ledger.executor.execute(1, List.of(tx, ledger.put("trader", 0, "k", "w")));
    assertThat(outcome.isValid()).isFalse();
    assertThat(outcome.invalid().index()).isEqualTo(1);
    assertThat(outcome.invalid().rejection().code()).isEqualTo(RejectionCode.NONCE_TOO_LOW);
  }
}
