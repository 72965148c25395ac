package org.silkchain.ledger;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;

/**
 * Any byte string fed to any decoder of the module: a {@code DecodeException}, or a value that
 * re-encodes to exactly those bytes. Pure noise rarely passes a type tag, so two properties start
 * from a valid tag or from a valid encoding's prefix to reach the inner fields.
 */
class ArbitraryBytesProperties {

  private static void feedToAll(Bytes input) {
    for (Map.Entry<String, Codec<?>> e : LedgerCodecs.ALL.entrySet()) {
      LedgerCodecs.decodesCanonicallyOrRejects(e.getKey(), e.getValue(), input);
    }
  }

  @Property(tries = 2000)
  void randomBytes(@ForAll @Size(max = 300) byte[] data) {
    feedToAll(Bytes.wrap(data));
  }

  @Property(tries = 2000)
  void validHeaderThenRandomBytes(
      @ForAll("ledgerTags") int tag, @ForAll @Size(max = 400) byte[] tail) {
    feedToAll(new CanonicalWriter().header(tag, 1).toBytes().concat(Bytes.wrap(tail)));
  }

  @Property(tries = 1000)
  void validPrefixThenRandomBytes(
      @ForAll("encodings") Bytes valid,
      @ForAll @IntRange(min = 0, max = 100) int percentKept,
      @ForAll @Size(max = 200) byte[] tail) {
    int kept = valid.size() * percentKept / 100;
    feedToAll(valid.slice(0, kept).concat(Bytes.wrap(tail)));
  }

  @Provide
  Arbitrary<Integer> ledgerTags() {
    return Arbitraries.integers().between(0x0301, 0x0306);
  }

  @Provide
  Arbitrary<Bytes> encodings() {
    return LedgerArbitraries.anyEncoding();
  }
}
