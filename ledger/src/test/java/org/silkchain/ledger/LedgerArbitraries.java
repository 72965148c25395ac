package org.silkchain.ledger;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.Signature;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.block.Block;
import org.silkchain.ledger.block.BlockHeader;
import org.silkchain.ledger.block.CommitCertificate;
import org.silkchain.ledger.block.CommitSignature;
import org.silkchain.ledger.merkle.MerkleProof;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.ledger.transaction.TxSignature;
import org.silkchain.ledger.transaction.ValidityWindow;

/**
 * jqwik generators for every ledger value, valid by construction. Keys and signatures are random
 * bytes of the right length, not real ones: codec properties need shapes, not cryptography.
 *
 * <p>The approach for other modules: one static method per type, built from the generators of its
 * components, so that a new field means one change here and every property picks it up.
 */
public final class LedgerArbitraries {
  private static final String LOWER_DIGIT = "abcdefghijklmnopqrstuvwxyz0123456789";

  private LedgerArbitraries() {}

  public static Arbitrary<Bytes> bytes(int minSize, int maxSize) {
    return Arbitraries.bytes()
        .array(byte[].class)
        .ofMinSize(minSize)
        .ofMaxSize(maxSize)
        .map(Bytes::wrap);
  }

  public static Arbitrary<Hash> hashes() {
    return bytes(Hash.SIZE, Hash.SIZE).map(Hash::new);
  }

  public static Arbitrary<PublicKey> publicKeys() {
    return Arbitraries.of(SuiteId.class)
        .flatMap(
            suite -> {
              int size = PublicKey.sizeOf(suite);
              return bytes(size, size).map(b -> new PublicKey(suite, b));
            });
  }

  public static Arbitrary<Signature> signatures() {
    return bytes(Signature.SIZE, Signature.SIZE).map(Signature::new);
  }

  public static Arbitrary<ChainId> chainIds() {
    Arbitrary<Character> first = Arbitraries.of(chars(LOWER_DIGIT));
    Arbitrary<String> rest =
        Arbitraries.strings().withChars(LOWER_DIGIT + "._-").ofMaxLength(ChainId.MAX_LENGTH - 1);
    return Combinators.combine(first, rest).as((f, r) -> new ChainId(f + r));
  }

  public static Arbitrary<AccountId> accountIds() {
    return bytes(AccountId.SIZE, AccountId.SIZE).map(AccountId::new);
  }

  public static Arbitrary<String> identifiers() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z');
    Arbitrary<String> rest =
        Arbitraries.strings()
            .withChars(LOWER_DIGIT + "_.-")
            .ofMaxLength(Payload.MAX_NAME_LENGTH - 1);
    return Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  public static Arbitrary<Payload> payloads() {
    return Combinators.combine(identifiers(), identifiers(), bytes(0, 300)).as(Payload::new);
  }

  public static Arbitrary<ValidityWindow> validityWindows() {
    Arbitrary<Long> heights = Arbitraries.longs().between(0, Long.MAX_VALUE);
    return Combinators.combine(heights, heights)
        .as((a, b) -> new ValidityWindow(Math.min(a, b), Math.max(a, b)));
  }

  public static Arbitrary<TransactionBody> transactionBodies() {
    return Combinators.combine(
            chainIds(),
            accountIds(),
            Arbitraries.longs().between(0, Long.MAX_VALUE),
            validityWindows(),
            payloads())
        .as(TransactionBody::new);
  }

  public static Arbitrary<TxSignature> txSignatures() {
    return Combinators.combine(publicKeys(), signatures()).as(TxSignature::new);
  }

  public static Arbitrary<SignedTransaction> signedTransactions() {
    Arbitrary<List<TxSignature>> sigs =
        txSignatures()
            .list()
            .ofMinSize(1)
            .ofMaxSize(SignedTransaction.MAX_SIGNATURES)
            .uniqueElements(TxSignature::signer);
    return Combinators.combine(transactionBodies(), sigs).as(SignedTransaction::new);
  }

  public static Arbitrary<TransactionId> transactionIds() {
    return hashes().map(TransactionId::new);
  }

  public static Arbitrary<CommitSignature> commitSignatures() {
    return Combinators.combine(publicKeys(), signatures()).as(CommitSignature::new);
  }

  public static Arbitrary<CommitCertificate> commitCertificates() {
    return commitCertificates(Arbitraries.longs().between(0, Long.MAX_VALUE), hashes());
  }

  private static Arbitrary<CommitCertificate> commitCertificates(
      Arbitrary<Long> heights, Arbitrary<Hash> blockHashes) {
    Arbitrary<List<CommitSignature>> sigs =
        commitSignatures().list().ofMaxSize(8).uniqueElements(CommitSignature::validator);
    return Combinators.combine(
            heights, Arbitraries.integers().between(0, Integer.MAX_VALUE), blockHashes, sigs)
        .as(CommitCertificate::new);
  }

  /**
   * Headers with consistent lineage: genesis (height 0), block 1 (no commit: genesis is not voted
   * on), or a parent commit for height - 1.
   */
  public static Arbitrary<BlockHeader> blockHeaders() {
    Arbitrary<Long> heights =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(0L)),
            Tuple.of(1, Arbitraries.just(1L)),
            Tuple.of(5, Arbitraries.longs().between(2, Long.MAX_VALUE)));
    Arbitrary<List<Hash>> roots = hashes().list().ofSize(4);
    Arbitrary<Long> times = Arbitraries.longs().between(0, Long.MAX_VALUE);
    Arbitrary<Integer> counts = Arbitraries.integers().between(0, Block.MAX_TRANSACTIONS);
    return Combinators.combine(chainIds(), heights, hashes(), times, publicKeys(), counts, roots)
        .flatAs(
            (chain, height, previous, time, proposer, count, r) -> {
              Arbitrary<Optional<CommitCertificate>> parent =
                  height <= 1
                      ? Arbitraries.just(Optional.empty())
                      : commitCertificates(Arbitraries.just(height - 1), Arbitraries.just(previous))
                          .map(Optional::of);
              Hash prev = height == 0 ? Hash.ZERO : previous;
              return parent.map(
                  p ->
                      new BlockHeader(
                          chain, height, prev, time, proposer, r.get(0), count, r.get(1), r.get(2),
                          r.get(3), p));
            });
  }

  /**
   * Blocks of up to 4 transactions; header and transactions need not match (see verifyStructure).
   */
  public static Arbitrary<Block> blocks() {
    return Combinators.combine(blockHeaders(), signedTransactions().list().ofMaxSize(4))
        .as(Block::new);
  }

  public static Arbitrary<MerkleProof> merkleProofs() {
    Arbitrary<Long> sizes =
        Arbitraries.oneOf(
            Arbitraries.longs().between(1, 40), Arbitraries.longs().between(1, Long.MAX_VALUE));
    return sizes.flatMap(
        size ->
            Arbitraries.longs()
                .between(0, size - 1)
                .flatMap(
                    index ->
                        hashes()
                            .list()
                            .ofSize(MerkleProof.pathLength(index, size))
                            .map(path -> new MerkleProof(index, size, path))));
  }

  /** The encoding of a random value of any ledger type, as hostile-input tests start from. */
  public static Arbitrary<Bytes> anyEncoding() {
    return Arbitraries.oneOf(
        chainIds().map(ChainId.CODEC::encode),
        payloads().map(Payload.CODEC::encode),
        transactionBodies().map(TransactionBody.CODEC::encode),
        signedTransactions().map(SignedTransaction.CODEC::encode),
        commitCertificates().map(CommitCertificate.CODEC::encode),
        blockHeaders().map(BlockHeader.CODEC::encode),
        blocks().map(Block.CODEC::encode),
        merkleProofs().map(MerkleProof.CODEC::encode));
  }

  private static Character[] chars(String s) {
    return s.chars().mapToObj(c -> (char) c).toArray(Character[]::new);
  }
}
