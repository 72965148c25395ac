package org.silkchain.bench;

import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.Signature;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;

/** Sign and verify a 256-byte message with each suite (one thread). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignatureBenchmark {
  @Param({"ED25519", "SM2_SM3"})
  public SuiteId suiteId;

  private SignatureSuite suite;
  private KeyPair key;
  private Bytes message;
  private Signature signature;

  @Setup
  public void setUp() {
    suite = SignatureSuite.of(suiteId);
    SecureRandom random = new SecureRandom();
    key = suite.generate(random);
    byte[] m = new byte[256];
    random.nextBytes(m);
    message = Bytes.wrap(m);
    signature = suite.sign(key.privateKey(), message);
  }

  @Benchmark
  public Signature sign() {
    return suite.sign(key.privateKey(), message);
  }

  @Benchmark
  public boolean verify() {
    return suite.verify(key.publicKey(), message, signature);
  }
}
