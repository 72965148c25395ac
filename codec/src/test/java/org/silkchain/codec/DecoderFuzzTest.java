package org.silkchain.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the primitive decoders: valid encodings with bytes flipped, inserted,
 * deleted, truncated or lengths inflated must decode canonically or fail with {@link
 * DecodeException}, never another exception.
 */
class DecoderFuzzTest {
  private static final long SEED = 0x5157_C4A1_2026L;

  @Test
  void mutatedEncodingsNeverEscapeTheDecoderErrorType() {
    SplittableRandom random = new SplittableRandom(SEED);
    List<Bytes> corpus = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      corpus.add(SampleRecord.CODEC.encode(randomRecord(random)));
    }
    int rejected = 0;
    int cases = 20_000;
    for (int i = 0; i < cases; i++) {
      Bytes mutated = mutate(corpus.get(random.nextInt(corpus.size())), random);
      try {
        SampleRecord decoded = SampleRecord.CODEC.decode(mutated);
        assertThat(SampleRecord.CODEC.encode(decoded))
            .as("case %d (seed %d) decoded but is not canonical", i, SEED)
            .isEqualTo(mutated);
      } catch (DecodeException e) {
        rejected++;
      } catch (Throwable t) {
        throw new AssertionError("case " + i + " (seed " + SEED + "): " + mutated, t);
      }
    }
    // Most mutations must be caught; if none were, the fuzzer is not reaching the decoder.
    assertThat(rejected).isGreaterThan(cases / 2);
  }

  static SampleRecord randomRecord(SplittableRandom r) {
    byte[] fixed = new byte[4];
    byte[] blob = new byte[r.nextInt(SampleRecord.MAX_BLOB + 1)];
    r.nextBytes(fixed);
    r.nextBytes(blob);
    List<Long> numbers = new ArrayList<>();
    for (int i = r.nextInt(SampleRecord.MAX_ITEMS + 1); i > 0; i--) {
      numbers.add(r.nextLong());
    }
    List<String> tags = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      tags.add("t" + i + "-通关");
    }
    return new SampleRecord(
        r.nextInt(256),
        r.nextInt(65536),
        r.nextLong(0x1_0000_0000L),
        r.nextLong(),
        r.nextLong(Long.MAX_VALUE),
        r.nextBoolean(),
        Bytes.wrap(fixed),
        Bytes.wrap(blob),
        "text " + r.nextInt(),
        r.nextBoolean() ? Optional.of("note") : Optional.empty(),
        numbers,
        tags);
  }

  static Bytes mutate(Bytes original, SplittableRandom r) {
    byte[] b = original.toArray();
    switch (r.nextInt(5)) {
      case 0 -> { // flip bits
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
          b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return Bytes.wrap(b);
      }
      case 1 -> { // truncate
        return Bytes.of(b, 0, r.nextInt(b.length));
      }
      case 2 -> { // insert a random byte
        int at = r.nextInt(b.length + 1);
        byte[] out = new byte[b.length + 1];
        System.arraycopy(b, 0, out, 0, at);
        out[at] = (byte) r.nextInt(256);
        System.arraycopy(b, at, out, at + 1, b.length - at);
        return Bytes.wrap(out);
      }
      case 3 -> { // delete a byte
        int at = r.nextInt(b.length);
        byte[] out = new byte[b.length - 1];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(b, at + 1, out, at, b.length - at - 1);
        return Bytes.wrap(out);
      }
      default -> { // overwrite a byte with a "large length" pattern
        b[r.nextInt(b.length)] = (byte) 0xFF;
        return Bytes.wrap(b);
      }
    }
  }
}
