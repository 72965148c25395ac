package org.silkchain.node.validators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.application.FinalizeResult;
import org.silkchain.consensus.validator.ValidatorSchedule;
import org.silkchain.consensus.validator.ValidatorSet;
import org.silkchain.consensus.validator.ValidatorUpdate;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.block.Block;
import org.silkchain.ledger.block.CommitCertificate;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.node.TestLedger;
import org.silkchain.node.application.LedgerApplication;
import org.silkchain.node.config.MempoolSettings;
import org.silkchain.node.genesis.GenesisLedger;
import org.silkchain.node.mempool.Mempool;
import org.silkchain.runtime.validators.ValidatorRegistry;
import org.silkchain.runtime.validators.ValidatorRegistry.Entry;

/**
 * The node side of a validator-set change, in process: a block that changes the registry makes
 * {@code finalizeBlock} return the updates, the application's schedule switches two heights later
 * (header {@code validatorSetHash} follows), and a restarted node rebuilds the same schedule from
 * state.
 */
class ValidatorChangeTest {
  private static final long CLOCK = 1_800_000_000_000L;
  private TestLedger ledger;
  private Mempool mempool;
  private LedgerApplication app;
  private final List<List<Entry>> announced = new ArrayList<>();
  private long traderNonce;

  @BeforeEach
  void setUp() throws Exception {
    ledger = TestLedger.create(4, List.of(new RegistryTestModule()));
    mempool = ledger.mempool(MempoolSettings.DEFAULTS);
    app = ledger.application(mempool, "bank-1", CLOCK);
    app.onValidatorsChanged(announced::add);
  }

  private static PublicKey newcomer() {
    return SignatureSuite.of(SuiteId.ED25519)
        .fromPrivate(new org.silkchain.crypto.PrivateKey(SuiteId.ED25519, Bytes.wrap(new byte[32])))
        .publicKey();
  }

  private Entry newcomerEntry() {
    return new Entry(
        newcomer(),
        1,
        ledger.account("central"),
        "127.0.0.1:40100",
        ledger.genesis.hashFunction().digest(Bytes.utf8("newcomer cert")).bytes());
  }

  private SignedTransaction tx(org.silkchain.ledger.transaction.Payload payload) {
    var signer = ledger.signer("trader");
    var body =
        new TransactionBody(
            ledger.genesis.chainId(),
            ledger.account("trader"),
            traderNonce++,
            new ValidityWindow(0, 1000),
            payload);
    return SignedTransaction.sign(body, List.of(signer), ledger.genesis.signatureSuite());
  }

  /** Proposes, finalizes and returns the result of the next height, with {@code txs} admitted. */
  private FinalizeResult nextBlock(SignedTransaction... txs) {
    for (SignedTransaction t : txs) {
      assertThat(mempool.admit(t.encode()).isAdmitted()).isTrue();
    }
    long height = ledger.chain.tip().height() + 1;
    Bytes encoded = app.prepareProposal(height, 4 << 20);
    Block block = Block.CODEC.decode(encoded);
    assertThat(block.transactions()).hasSize(txs.length);
    assertThat(block.header().validatorSetHash())
        .isEqualTo(
            GenesisLedger.validatorSetHash(
                ledger.genesis.hashFunction(), app.schedule().setAt(height)));
    var certificate =
        new CommitCertificate(height, 0, block.hash(ledger.genesis.hashFunction()), List.of());
    return app.finalizeBlock(height, encoded, certificate);
  }

  private ValidatorSchedule resumed() {
    return RegistrySchedule.resume(
        ledger.chain.tip().height(), ledger.chain::stateAt, ledger.genesis.validatorSet());
  }

  private void assertResumedAgreesFromTip() {
    long tip = ledger.chain.tip().height();
    ValidatorSchedule restarted = resumed();
    for (long h = Math.max(1, tip); h <= tip + 4; h++) {
      assertThat(restarted.setAt(h))
          .as("set at %d after a restart at %d", h, tip)
          .isEqualTo(app.schedule().setAt(h));
    }
  }

  @Test
  void genesisWritesTheRegistryConsensusStartsWith() {
    List<Entry> entries = ValidatorRegistry.entries(ledger.chain.stateAt(0));
    assertThat(entries).hasSize(4);
    assertThat(RegistrySchedule.setOf(entries)).isEqualTo(ledger.genesis.validatorSet());
    assertThat(entries.getFirst().tlsFingerprint().size()).isEqualTo(32);
  }

  @Test
  void anAddedValidatorGovernsTwoHeightsLaterAndARestartAgrees() {
    assertThat(nextBlock().validatorUpdates()).isEmpty();
    FinalizeResult changed =
        nextBlock(tx(RegistryTestModule.ADD.payload(RegistryTestModule.NAME, newcomerEntry())));
    assertThat(changed.validatorUpdates()).containsExactly(new ValidatorUpdate(newcomer(), 1));
    assertThat(announced).singleElement().asList().hasSize(5);
    ValidatorSet genesisSet = ledger.genesis.validatorSet();
    assertThat(app.schedule().setAt(3)).isEqualTo(genesisSet);
    assertThat(app.schedule().setAt(4).contains(newcomer())).isTrue();
    assertThat(app.schedule().setAt(4).size()).isEqualTo(5);
    assertResumedAgreesFromTip();

    nextBlock(); // height 3: still the genesis set in the header
    assertResumedAgreesFromTip();
    nextBlock(); // height 4: the header names the five-validator set
    assertThat(
            Block.CODEC
                .decode(ledger.chain.store().blockAt(4).orElseThrow().block().encode())
                .header()
                .validatorSetHash())
        .isEqualTo(
            GenesisLedger.validatorSetHash(ledger.genesis.hashFunction(), app.schedule().setAt(4)))
        .isNotEqualTo(GenesisLedger.validatorSetHash(ledger.genesis.hashFunction(), genesisSet));
    assertResumedAgreesFromTip();
  }

  @Test
  void aRemovedValidatorStopsCountingTwoHeightsLater() {
    PublicKey leaving = ledger.genesis.validators().get(2).nodeKey();
    FinalizeResult changed =
        nextBlock(tx(RegistryTestModule.REMOVE.payload(RegistryTestModule.NAME, leaving)));
    assertThat(changed.validatorUpdates()).containsExactly(new ValidatorUpdate(leaving, 0));
    assertThat(app.schedule().setAt(2).contains(leaving)).isTrue();
    assertThat(app.schedule().setAt(3).contains(leaving)).isFalse();
    assertThat(app.schedule().setAt(3).size()).isEqualTo(3);
    assertResumedAgreesFromTip();
    nextBlock();
    assertResumedAgreesFromTip();
  }

  @Test
  void aRefusedChangeLeavesTheSetAlone() {
    Entry unpinned = new Entry(newcomer(), 1, ledger.account("central"), "127.0.0.1:40100");
    FinalizeResult result =
        nextBlock(tx(RegistryTestModule.ADD.payload(RegistryTestModule.NAME, unpinned)));
    assertThat(result.validatorUpdates()).isEmpty();
    assertThat(announced).isEmpty();
    assertThat(app.schedule().setAt(3)).isEqualTo(ledger.genesis.validatorSet());
  }

  @Test
  void updatesListNewReweightedAndRemovedKeysInKeyOrder() {
    List<Entry> before = ValidatorRegistry.entries(ledger.chain.stateAt(0));
    List<Entry> after = new ArrayList<>(before.subList(1, 4));
    Entry heavier = after.get(0);
    after.set(
        0,
        new Entry(
            heavier.key(), 3, heavier.operator(), heavier.address(), heavier.tlsFingerprint()));
    after.add(newcomerEntry());
    List<ValidatorUpdate> updates = RegistrySchedule.updates(before, after);
    assertThat(updates)
        .contains(
            new ValidatorUpdate(before.get(0).key(), 0),
            new ValidatorUpdate(heavier.key(), 3),
            new ValidatorUpdate(newcomer(), 1))
        .hasSize(3);
    assertThat(updates).extracting(ValidatorUpdate::key).isSorted();
    assertThat(RegistrySchedule.updates(before, before)).isEmpty();
  }
}
