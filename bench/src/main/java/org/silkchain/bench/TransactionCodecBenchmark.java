package org.silkchain.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PrivateKey;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.ledger.transaction.ValidityWindow;

/**
 * Encode, decode and id of a typical transaction: a cross-border payment of about 200 bytes of
 * payload with one Ed25519 signature (about 400 bytes encoded).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TransactionCodecBenchmark {
  private SignedTransaction transaction;
  private Bytes encoded;

  @Setup
  public void setUp() {
    SignatureSuite suite = SignatureSuite.of(SuiteId.ED25519);
    byte[] seed = new byte[32];
    seed[31] = 7;
    KeyPair key = suite.fromPrivate(new PrivateKey(SuiteId.ED25519, Bytes.wrap(seed)));
    String payment =
        "{\"endToEndId\":\"E2E-2026-11-25-000042\",\"debtorAgent\":\"BANKCNBJ\","
            + "\"creditorAgent\":\"BANKDEFF\",\"amount\":\"1250000.00\",\"currency\":\"EUR\","
            + "\"fx\":\"7.8123\",\"chargeBearer\":\"SHAR\"}";
    TransactionBody body =
        new TransactionBody(
            ChainId.of("silkchain-main"),
            AccountId.fromInitialKeys(HashFunction.sha256(), List.of(key.publicKey())),
            42,
            new ValidityWindow(1_000, 1_100),
            new Payload("payments", "cross_border", Bytes.utf8(payment)));
    transaction = SignedTransaction.sign(body, List.of(key), suite);
    encoded = transaction.encode();
  }

  @Benchmark
  public Bytes encode() {
    return SignedTransaction.CODEC.encode(transaction);
  }

  @Benchmark
  public SignedTransaction decode() {
    return SignedTransaction.CODEC.decode(encoded);
  }

  @Benchmark
  public TransactionId id() {
    return transaction.id(HashFunction.sha256());
  }

  public int encodedSize() {
    return encoded.size();
  }
}
