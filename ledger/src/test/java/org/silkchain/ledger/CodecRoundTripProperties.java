package org.silkchain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.block.Block;
import org.silkchain.ledger.block.BlockHeader;
import org.silkchain.ledger.block.CommitCertificate;
import org.silkchain.ledger.merkle.MerkleProof;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.ledger.transaction.TxSignature;

/** decode(encode(x)) == x, and the encoding is the only one: re-encoding gives the same bytes. */
class CodecRoundTripProperties {

  private static <T> void roundTrips(Codec<T> codec, T value) {
    Bytes encoded = codec.encode(value);
    T decoded = codec.decode(encoded);
    assertThat(decoded).isEqualTo(value);
    assertThat(codec.encode(decoded)).isEqualTo(encoded);
  }

  @Property
  void chainIds(@ForAll("chainIds") ChainId id) {
    roundTrips(ChainId.CODEC, id);
  }

  @Property
  void accountIds(@ForAll("accountIds") AccountId id) {
    roundTrips(AccountId.CODEC, id);
    assertThat(AccountId.fromHex(id.toString())).isEqualTo(id);
  }

  @Property
  void payloads(@ForAll("payloads") Payload p) {
    roundTrips(Payload.CODEC, p);
  }

  @Property
  void transactionBodies(@ForAll("bodies") TransactionBody body) {
    roundTrips(TransactionBody.CODEC, body);
  }

  @Property
  void transactionIds(@ForAll("transactionIds") TransactionId id) {
    roundTrips(TransactionId.CODEC, id);
  }

  @Property
  void signedTransactions(@ForAll("transactions") SignedTransaction tx) {
    roundTrips(SignedTransaction.CODEC, tx);
    assertThat(tx.encode().size()).isLessThanOrEqualTo(SignedTransaction.MAX_ENCODED_SIZE);
  }

  @Property
  void signatureOrderDoesNotChangeTheTransaction(@ForAll("transactions") SignedTransaction tx) {
    List<TxSignature> reversed = new ArrayList<>(tx.signatures());
    Collections.reverse(reversed);
    assertThat(new SignedTransaction(tx.body(), reversed).encode()).isEqualTo(tx.encode());
  }

  @Property
  void commitCertificates(@ForAll("certificates") CommitCertificate c) {
    roundTrips(CommitCertificate.CODEC, c);
  }

  @Property
  void blockHeaders(@ForAll("headers") BlockHeader h) {
    roundTrips(BlockHeader.CODEC, h);
  }

  @Property(tries = 300)
  void blocks(@ForAll("blocks") Block b) {
    roundTrips(Block.CODEC, b);
  }

  @Property
  void merkleProofs(@ForAll("proofs") MerkleProof p) {
    roundTrips(MerkleProof.CODEC, p);
  }

  @Provide
  Arbitrary<ChainId> chainIds() {
    return LedgerArbitraries.chainIds();
  }

  @Provide
  Arbitrary<AccountId> accountIds() {
    return LedgerArbitraries.accountIds();
  }

  @Provide
  Arbitrary<Payload> payloads() {
    return LedgerArbitraries.payloads();
  }

  @Provide
  Arbitrary<TransactionBody> bodies() {
    return LedgerArbitraries.transactionBodies();
  }

  @Provide
  Arbitrary<TransactionId> transactionIds() {
    return LedgerArbitraries.transactionIds();
  }

  @Provide
  Arbitrary<SignedTransaction> transactions() {
    return LedgerArbitraries.signedTransactions();
  }

  @Provide
  Arbitrary<CommitCertificate> certificates() {
    return LedgerArbitraries.commitCertificates();
  }

  @Provide
  Arbitrary<BlockHeader> headers() {
    return LedgerArbitraries.blockHeaders();
  }

  @Provide
  Arbitrary<Block> blocks() {
    return LedgerArbitraries.blocks();
  }

  @Provide
  Arbitrary<MerkleProof> proofs() {
    return LedgerArbitraries.merkleProofs();
  }
}
