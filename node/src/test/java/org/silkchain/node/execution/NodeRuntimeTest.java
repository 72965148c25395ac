package org.silkchain.node.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.node.TestLedger;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.execution.BlockInfo;
import org.silkchain.runtime.execution.TxResult;
import org.silkchain.runtime.receipt.Receipt;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.trade.kv.KvPut;

/** The node's runtime (trade modules + kv) on a genesis state: the node contract's rules. */
class NodeRuntimeTest {
  private TestLedger ledger;
  private final TreeMap<Bytes, Optional<Bytes>> writes = new TreeMap<>();

  @BeforeEach
  void setUp() throws Exception {
    ledger = TestLedger.create();
  }

  private StateAccess state() {
    return key -> {
      Optional<Bytes> w = writes.get(key);
      return w != null ? w : ledger.tree.get(key, 0);
    };
  }

  /** Executes at height 1 and applies an executed transaction's writes. */
  private TxResult run(SignedTransaction tx) {
    return run(tx, 1);
  }

  private TxResult run(SignedTransaction tx, long height) {
    TxResult r = ledger.runtime.executeTransaction(state(), tx, new BlockInfo(height, 1000));
    if (r instanceof TxResult.Executed e) {
      writes.putAll(e.writes());
    }
    return r;
  }

  private static ResultCode invalid(TxResult r) {
    assertThat(r).isInstanceOf(TxResult.Invalid.class);
    return ((TxResult.Invalid) r).code();
  }

  private static Receipt receipt(TxResult r) {
    assertThat(r).isInstanceOf(TxResult.Executed.class);
    return ((TxResult.Executed) r).receipt();
  }

  @Test
  void genesisAccountsCarryTheMembersRoles() {
    var trader = Accounts.read(state(), ledger.account("trader")).orElseThrow();
    assertThat(trader.nonce()).isZero();
    assertThat(trader.roles()).containsExactly(Role.TRADER);
    assertThat(Accounts.read(state(), ledger.account("central")).orElseThrow().roles())
        .containsExactly(Role.CENTRAL_BANK);
  }

  @Test
  void aPutWritesUnderTheSenderAndConsumesTheNonce() {
    Receipt r = receipt(run(ledger.put("trader", 0, "k", "v")));
    assertThat(r.code()).isEqualTo(ResultCode.OK);
    assertThat(state().get(StateKeys.kv(ledger.account("trader"), "k"))).contains(Bytes.utf8("v"));
    assertThat(state().get(StateKeys.receipt(r.txId()))).contains(Receipt.CODEC.encode(r));
    assertThat(Accounts.read(state(), ledger.account("trader")).orElseThrow().nonce()).isEqualTo(1);
  }

  @Test
  void replayingANonceIsInvalidAndChangesNothing() {
    run(ledger.put("trader", 0, "k", "v"));
    SortedMap<Bytes, Optional<Bytes>> before = new TreeMap<>(writes);
    assertThat(invalid(run(ledger.put("trader", 0, "k", "other"))))
        .isEqualTo(ResultCode.NONCE_TOO_LOW);
    assertThat(invalid(run(ledger.put("trader", 0, "k", "v")))).isEqualTo(ResultCode.NONCE_TOO_LOW);
    assertThat(writes).isEqualTo(before);
    assertThat(invalid(run(ledger.put("trader", 5, "k", "v"))))
        .isEqualTo(ResultCode.NONCE_TOO_HIGH);
  }

  @Test
  void aTransactionSignedForAnotherChainIsInvalid() {
    SignedTransaction foreign =
        new KvPut("k", Bytes.utf8("v"))
            .sign(ChainId.of("other-chain"), ledger.signer("trader"), 0, new ValidityWindow(0, 9));
    assertThat(invalid(run(foreign))).isEqualTo(ResultCode.WRONG_CHAIN);
    assertThat(RejectionCode.of(ResultCode.WRONG_CHAIN)).isEqualTo(RejectionCode.WRONG_CHAIN);
    assertThat(writes).isEmpty();
  }

  @Test
  void aSignatureByAnotherKeyIsInvalid() {
    TransactionBody body = ledger.put("trader", 0, "k", "v").body();
    SignedTransaction forged =
        SignedTransaction.sign(
            body, List.of(ledger.signer("bank-1")), ledger.genesis.signatureSuite());
    assertThat(invalid(run(forged))).isEqualTo(ResultCode.BAD_SIGNATURE);
    assertThat(writes).isEmpty();
  }

  @Test
  void theValidityWindowMustContainTheHeight() {
    SignedTransaction late =
        new KvPut("k", Bytes.utf8("v"))
            .sign(ledger.genesis.chainId(), ledger.signer("trader"), 0, new ValidityWindow(5, 9));
    assertThat(invalid(run(late))).isEqualTo(ResultCode.NOT_YET_VALID);
    assertThat(invalid(run(late, 10))).isEqualTo(ResultCode.EXPIRED);
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
    assertThat(receipt(run(tx)).code()).isEqualTo(ResultCode.UNKNOWN_MODULE);
    assertThat(invalid(run(ledger.put("trader", 0, "k", "v")))).isEqualTo(ResultCode.NONCE_TOO_LOW);
  }

  @Test
  void aTradeActionWithoutTheRoleIsCommittedAsUnauthorized() {
    TransactionBody body =
        new TransactionBody(
            ledger.genesis.chainId(),
            ledger.account("trader"),
            0,
            new ValidityWindow(0, 9),
            org.silkchain.trade.currency.CurrencyModule.ISSUE.payload(
                org.silkchain.trade.currency.CurrencyModule.NAME,
                new org.silkchain.trade.currency.Issue("SGD", 2)));
    SignedTransaction tx =
        SignedTransaction.sign(
            body, List.of(ledger.signer("trader")), ledger.genesis.signatureSuite());
    assertThat(receipt(run(tx)).code()).isEqualTo(ResultCode.UNAUTHORIZED);
  }

  @Test
  void aBlockWithAReplayedTransactionIsInvalid() {
    var tx = ledger.put("trader", 0, "k", "v");
    BlockExecutor.Outcome outcome =
        ledger.executor.execute(1, 1000, List.of(tx, ledger.put("trader", 0, "k", "w")));
    assertThat(outcome.isValid()).isFalse();
    assertThat(outcome.invalid().index()).isEqualTo(1);
    assertThat(outcome.invalid().reason().code()).isEqualTo(ResultCode.NONCE_TOO_LOW);
  }

  @Test
  void theResultsRootCommitsToTheReceipts() {
    var tx = ledger.put("trader", 0, "k", "v");
    ExecutedBlock run = ledger.executor.execute(1, 1000, List.of(tx)).executed();
    assertThat(run.receipts()).hasSize(1);
    assertThat(run.resultsRoot())
        .isEqualTo(ExecutedBlock.resultsRoot(ledger.genesis.hashFunction(), run.receipts()));
    ExecutedBlock later = ledger.executor.execute(1, 2000, List.of(tx)).executed();
    assertThat(later.resultsRoot()).isEqualTo(run.resultsRoot());
    var other = ledger.put("trader", 0, "k", "w");
    assertThat(ledger.executor.execute(1, 1000, List.of(other)).executed().resultsRoot())
        .isNotEqualTo(run.resultsRoot());
  }

  @Test
  void everyRuntimePrecheckCodeHasAnApiCode() {
    for (ResultCode c :
        List.of(
            ResultCode.TOO_LARGE,
            ResultCode.WRONG_CHAIN,
            ResultCode.EXPIRED,
            ResultCode.NOT_YET_VALID,
            ResultCode.UNKNOWN_ACCOUNT,
            ResultCode.NONCE_TOO_LOW,
            ResultCode.NONCE_TOO_HIGH,
            ResultCode.BAD_SIGNATURE,
            ResultCode.INSUFFICIENT_SIGNATURES,
            ResultCode.ACCOUNT_FROZEN)) {
      assertThat(RejectionCode.of(c).name()).isEqualTo(c.value());
    }
  }
}
