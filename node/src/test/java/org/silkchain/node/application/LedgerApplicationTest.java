package org.silkchain.node.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.application.ProposalVerdict;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.block.Block;
import org.silkchain.ledger.block.BlockHeader;
import org.silkchain.ledger.block.CommitCertificate;
import org.silkchain.node.TestLedger;
import org.silkchain.node.config.MempoolSettings;
import org.silkchain.node.mempool.Mempool;

class LedgerApplicationTest {
  private static final long CLOCK = 1_800_000_000_000L;
  private TestLedger ledger;
  private Mempool mempool;
  private LedgerApplication proposer;
  private LedgerApplication validator;

  @BeforeEach
  void setUp() throws Exception {
    ledger = TestLedger.create();
    mempool = ledger.mempool(MempoolSettings.DEFAULTS);
    proposer = ledger.application(mempool, "bank-1", CLOCK);
    validator = ledger.application(ledger.mempool(MempoolSettings.DEFAULTS), "bank-2", CLOCK);
    mempool.admit(ledger.put("trader", 0, "a", "1").encode());
    mempool.admit(ledger.put("trader", 1, "b", "2").encode());
  }

  private Block proposal() {
    return Block.CODEC.decode(proposer.prepareProposal(1, 4 << 20));
  }

  private static Bytes withHeader(Block block, BlockHeader header) {
    return new Block(header, block.transactions()).encode();
  }

  private static BlockHeader header(
      BlockHeader h, Hash previous, long time, Hash stateRoot, int count) {
    return new BlockHeader(
        h.chainId(),
        h.height(),
        previous,
        time,
        h.proposer(),
        h.validatorSetHash(),
        count,
        h.transactionsRoot(),
        stateRoot,
        h.resultsRoot(),
        h.parentCommit());
  }

  @Test
  void aPreparedBlockIsAcceptedByAnotherValidatorAndFinalizes() {
    Block block = proposal();
    assertThat(block.transactions()).hasSize(2);
    assertThat(block.header().timestampMillis()).isEqualTo(CLOCK);
    assertThat(validator.check(1, block.encode())).isEqualTo(ProposalCheck.ACCEPTED);
    assertThat(validator.processProposal(1, block.encode())).isEqualTo(ProposalVerdict.ACCEPT);
    var cert = new CommitCertificate(1, 0, block.hash(ledger.genesis.hashFunction()), List.of());
    var result = proposer.finalizeBlock(1, block.encode(), cert);
    assertThat(result.appHash()).isEqualTo(block.header().stateRoot());
    assertThat(ledger.chain.tip().height()).isEqualTo(1);
    assertThat(mempool.size()).isZero();
  }

  @Test
  void aWrongStateRootIsRejected() {
    Block block = proposal();
    BlockHeader h = block.header();
    Bytes bad =
        withHeader(
            block,
            header(h, h.previousHash(), h.timestampMillis(), Hash.ZERO, h.transactionCount()));
    assertThat(validator.check(1, bad)).isEqualTo(ProposalCheck.STATE_ROOT_MISMATCH);
    assertThat(validator.processProposal(1, bad)).isEqualTo(ProposalVerdict.REJECT);
  }

  @Test
  void aWrongParentIsRejected() {
    Block block = proposal();
    BlockHeader h = block.header();
    Bytes bad =
        withHeader(
            block, header(h, Hash.ZERO, h.timestampMillis(), h.stateRoot(), h.transactionCount()));
    assertThat(validator.check(1, bad)).isEqualTo(ProposalCheck.WRONG_PARENT);
    assertThat(validator.check(2, block.encode())).isEqualTo(ProposalCheck.WRONG_HEIGHT);
  }

  @Test
  void aBadStructureOrEncodingIsRejected() {
    Block block = proposal();
    BlockHeader h = block.header();
    Bytes miscounted =
        withHeader(block, header(h, h.previousHash(), h.timestampMillis(), h.stateRoot(), 1));
    assertThat(validator.check(1, miscounted)).isEqualTo(ProposalCheck.BAD_STRUCTURE);
    assertThat(validator.check(1, Bytes.fromHex("00ff"))).isEqualTo(ProposalCheck.MALFORMED);
    Bytes past =
        withHeader(
            block, header(h, h.previousHash(), ledger.genesis.genesisTime(), h.stateRoot(), 2));
    assertThat(validator.check(1, past)).isEqualTo(ProposalCheck.TIMESTAMP_NOT_INCREASING);
  }

  @Test
  void aBlockWithAnInvalidTransactionIsRejected() {
    var replay = List.of(ledger.put("trader", 0, "a", "1"), ledger.put("trader", 0, "a", "2"));
    BlockHeader h = proposal().header();
    Block bad =
        new Block(
            new BlockHeader(
                h.chainId(),
                1,
                h.previousHash(),
                h.timestampMillis(),
                h.proposer(),
                h.validatorSetHash(),
                2,
                Block.transactionsRoot(ledger.genesis.hashFunction(), replay),
                h.stateRoot(),
                h.resultsRoot(),
                Optional.empty()),
            replay);
    assertThat(validator.check(1, bad.encode())).isEqualTo(ProposalCheck.INVALID_TRANSACTION);
  }
}
