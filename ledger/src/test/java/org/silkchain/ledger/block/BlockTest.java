package org.silkchain.ledger.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.silkchain.ledger.block.BlockFixtures.CHAIN;
import static org.silkchain.ledger.block.BlockFixtures.HASH;
import static org.silkchain.ledger.block.BlockFixtures.PARENT;
import static org.silkchain.ledger.block.BlockFixtures.child;
import static org.silkchain.ledger.block.BlockFixtures.genesis;
import static org.silkchain.ledger.block.BlockFixtures.tx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.block.StructureCheck.Invalid;
import org.silkchain.ledger.block.StructureCheck.Problem;
import org.silkchain.ledger.merkle.MerkleHashes;
import org.silkchain.ledger.merkle.MerkleProofVerifier;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;

class BlockTest {

  @Test
  void genesisIsWellFormed() {
    Block g = genesis();
    assertThat(g.header().isGenesis()).isTrue();
    assertThat(g.header().parentCommit()).isEmpty();
    assertThat(g.header().previousHash()).isEqualTo(Hash.ZERO);
    assertThat(g.header().transactionsRoot()).isEqualTo(MerkleHashes.empty(HASH));
    assertThat(g.verifyStructure(HASH)).isEqualTo(StructureCheck.VALID);
    assertThat(Block.CODEC.decode(g.encode())).isEqualTo(g);
  }

  @Test
  void childWithMatchingRootIsWellFormed() {
    Block b = child(List.of(tx(1), tx(2), tx(3)));
    assertThat(b.verifyStructure(HASH)).isEqualTo(StructureCheck.VALID);
    assertThat(b.header().parentCommit().orElseThrow().blockHash()).isEqualTo(PARENT);
  }

  @Test
  void transactionsRootMismatchIsDetected() {
    List<SignedTransaction> txs = List.of(tx(1), tx(2), tx(3));
    List<SignedTransaction> reordered = new ArrayList<>(txs);
    Collections.swap(reordered, 0, 1);
    Block b = child(reordered, Block.transactionsRoot(HASH, txs));

    assertThat(b.verifyStructure(HASH))
        .isInstanceOfSatisfying(
            Invalid.class,
            i -> {
              assertThat(i.problem()).isEqualTo(Problem.TRANSACTIONS_ROOT_MISMATCH);
              assertThat(i.transactionIndex()).isEqualTo(-1);
            });
    assertThat(child(txs.subList(0, 2), Block.transactionsRoot(HASH, txs)).verifyStructure(HASH))
        .extracting(c -> ((Invalid) c).problem())
        .isEqualTo(Problem.TRANSACTIONS_ROOT_MISMATCH);
  }

  @Test
  void transactionCountMismatchIsDetected() {
    List<SignedTransaction> txs = List.of(tx(1), tx(2));
    assertThat(child(txs, Block.transactionsRoot(HASH, txs), 3).verifyStructure(HASH))
        .isEqualTo(
            new Invalid(Problem.TRANSACTION_COUNT_MISMATCH, -1, "header counts 3, block has 2"));
  }

  @Test
  void transactionOfAnotherChainIsDetected() {
    Block b = child(List.of(tx(1), tx(ChainId.of("other"), 2, new ValidityWindow(0, 9))));
    assertThat(b.verifyStructure(HASH))
        .isInstanceOfSatisfying(
            Invalid.class,
            i -> {
              assertThat(i.problem()).isEqualTo(Problem.CHAIN_ID_MISMATCH);
              assertThat(i.transactionIndex()).isEqualTo(1);
            });
  }

  @Test
  void transactionOutsideItsWindowIsDetected() {
    Block tooLate = child(List.of(tx(CHAIN, 1, new ValidityWindow(0, 0))));
    Block tooEarly = child(List.of(tx(1), tx(CHAIN, 2, new ValidityWindow(3, 5))));
    assertThat(tooLate.verifyStructure(HASH))
        .isEqualTo(
            new Invalid(
                Problem.OUTSIDE_VALIDITY_WINDOW,
                0,
                "transaction valid in ValidityWindow[validFromHeight=0, validUntilHeight=0],"
                    + " block at 2"));
    assertThat(tooEarly.verifyStructure(HASH))
        .extracting(c -> ((Invalid) c).transactionIndex())
        .isEqualTo(1);
  }

  @Test
  void repeatedTransactionIsDetected() {
    Block b = child(List.of(tx(1), tx(2), tx(1)));
    assertThat(b.verifyStructure(HASH))
        .isInstanceOfSatisfying(
            Invalid.class,
            i -> {
              assertThat(i.problem()).isEqualTo(Problem.DUPLICATE_TRANSACTION);
              assertThat(i.transactionIndex()).isEqualTo(2);
            });
  }

  @Test
  void transactionProofsVerifyAgainstTheHeader() {
    List<SignedTransaction> txs = List.of(tx(1), tx(2), tx(3), tx(4), tx(5));
    Block b = child(txs);
    for (int i = 0; i < txs.size(); i++) {
      Bytes leaf = txs.get(i).id(HASH).hash().bytes();
      assertThat(
              MerkleProofVerifier.verify(
                  HASH,
                  b.header().transactionsRoot(),
                  b.header().transactionCount(),
                  leaf,
                  b.transactionProof(HASH, i)))
          .isTrue();
    }
  }

  @Test
  void blockHashCoversTheHeader() {
    Block a = child(List.of(tx(1)));
    Block b = child(List.of(tx(2)));
    assertThat(a.hash(HASH)).isNotEqualTo(b.hash(HASH));
    assertThat(a.hash(HASH)).isNotEqualTo(HASH.digest(a.header().encode()));
    assertThat(a.hash(HASH)).isEqualTo(BlockHeader.CODEC.decode(a.header().encode()).hash(HASH));
  }

  @Test
  void transactionCountIsBounded() {
    SignedTransaction t = tx(1);
    List<SignedTransaction> many = Collections.nCopies(Block.MAX_TRANSACTIONS + 1, t);
    assertThatThrownBy(() -> child(many, Hash.ZERO, 0)).hasMessageContaining("10001 transactions");
  }

  @Test
  void transactionBytesAreBounded() {
    // 70 transactions with full 256 KiB bodies exceed the 16 MiB budget.
    SignedTransaction big =
        SignedTransaction.sign(
            new TransactionBody(
                CHAIN,
                tx(1).body().sender(),
                1,
                new ValidityWindow(0, 9),
                new Payload("bank", "transfer", Bytes.wrap(new byte[256 * 1024]))),
            List.of(BlockFixtures.SENDER),
            BlockFixtures.SUITE);
    List<SignedTransaction> txs = Collections.nCopies(70, big);
    assertThatThrownBy(() -> child(txs, Hash.ZERO, 70)).hasMessageContaining("limit 16777216");

    // 65 of them: under the input limit, over the transactions budget; the decoder says so.
    CanonicalWriter out = new CanonicalWriter();
    out.header(Block.TYPE_TAG, Block.VERSION);
    BlockHeader.CODEC.encode(child(List.of()).header(), out);
    out.list(Collections.nCopies(65, big), SignedTransaction.CODEC);
    Bytes encoded = out.toBytes();
    assertThat(encoded.size()).isLessThan(Block.MAX_ENCODED_SIZE);
    assertThatThrownBy(() -> Block.CODEC.decode(encoded))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(DecodeException.Reason.TOO_LONG);
              assertThat(e.getMessage()).contains("block.transactions").contains("limit 16777216");
            });
  }

  @Test
  void oversizedBlockInputIsRefusedBeforeParsing() {
    Bytes tooBig = Bytes.wrap(new byte[Block.MAX_ENCODED_SIZE + 1]);
    assertThatThrownBy(() -> Block.CODEC.decode(tooBig))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(DecodeException.Reason.TOO_LONG));
  }
}
