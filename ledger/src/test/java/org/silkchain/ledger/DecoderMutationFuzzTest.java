package org.silkchain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.Codec;

/**
 * Mutation fuzzing: valid encodings with bytes flipped, overwritten, inserted, deleted, duplicated
 * or cut off, fed to every decoder. Nothing but {@code DecodeException} may escape, and whatever
 * decodes must re-encode to the mutated bytes (no second encoding of one value). Seeded, so a
 * failure reproduces; jqwik reports the seed and the shrunk input.
 */
class DecoderMutationFuzzTest {
  private static final AtomicInteger DECODED = new AtomicInteger();
  private static final AtomicInteger CASES = new AtomicInteger();

  @Property(tries = 4000, seed = "5113305")
  void mutatedEncodingsOnlyFailWithDecodeException(
      @ForAll("encodings") Bytes valid, @ForAll long mutationSeed) {
    Random random = new Random(mutationSeed);
    Bytes input = valid;
    int mutations = 1 + random.nextInt(4);
    for (int i = 0; i < mutations; i++) {
      input = mutate(input, random);
    }
    CASES.incrementAndGet();
    for (Map.Entry<String, Codec<?>> e : LedgerCodecs.ALL.entrySet()) {
      if (LedgerCodecs.decodesCanonicallyOrRejects(e.getKey(), e.getValue(), input)) {
        DECODED.incrementAndGet();
      }
    }
  }

  /** Guards the fuzzer itself: if no mutant ever decoded, the mutations would be too blunt. */
  @AfterContainer
  static void someMutantsStillDecode() {
    assertThat(CASES.get()).isGreaterThanOrEqualTo(4000);
    assertThat(DECODED.get()).isGreaterThan(0);
  }

  static Bytes mutate(Bytes in, Random random) {
    byte[] b = in.toArray();
    int n = b.length;
    int at = n == 0 ? 0 : random.nextInt(n);
    return switch (random.nextInt(7)) {
      case 0 -> { // flip one bit
        if (n > 0) {
          b[at] ^= (byte) (1 << random.nextInt(8));
        }
        yield Bytes.wrap(b);
      }
      case 1 -> { // overwrite one byte, favouring boundary values
        if (n > 0) {
          int[] special = {0x00, 0x01, 0x7F, 0x80, 0xFF, random.nextInt(256)};
          b[at] = (byte) special[random.nextInt(special.length)];
        }
        yield Bytes.wrap(b);
      }
      case 2 -> { // insert a byte
        int pos = random.nextInt(n + 1);
        yield in.slice(0, pos)
            .concat(Bytes.of((byte) random.nextInt(256)))
            .concat(in.slice(pos, n));
      }
      case 3 -> { // delete a run of bytes
        if (n == 0) {
          yield in;
        }
        int len = 1 + random.nextInt(Math.min(8, n - at));
        yield in.slice(0, at).concat(in.slice(at + len, n));
      }
      case 4 -> in.slice(0, random.nextInt(n + 1)); // truncate
      case 5 -> { // duplicate a chunk in place
        if (n == 0) {
          yield in;
        }
        int len = 1 + random.nextInt(Math.min(40, n - at));
        yield in.slice(0, at + len).concat(in.slice(at, n));
      }
      default -> in.concat(Bytes.of((byte) random.nextInt(256))); // append
    };
  }

  @Provide
  Arbitrary<Bytes> encodings() {
    return LedgerArbitraries.anyEncoding();
  }
}
