package org.silkchain.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CanonicalEncodingProperties {

  @Provide
  Arbitrary<SampleRecord> records() {
    Arbitrary<Bytes> blobs =
        Arbitraries.bytes().array(byte[].class).ofMaxSize(SampleRecord.MAX_BLOB).map(Bytes::wrap);
    Arbitrary<String> texts =
        Arbitraries.strings().all().ofMaxLength(16).filter(s -> s.equals(roundTrip(s)));
    return Builders.withBuilder(() -> new Object[12])
        .use(Arbitraries.integers().between(0, 0xFF))
        .in((a, v) -> set(a, 0, v))
        .use(Arbitraries.integers().between(0, 0xFFFF))
        .in((a, v) -> set(a, 1, v))
        .use(Arbitraries.longs().between(0, 0xFFFF_FFFFL))
        .in((a, v) -> set(a, 2, v))
        .use(Arbitraries.longs())
        .in((a, v) -> set(a, 3, v))
        .use(Arbitraries.longs().between(0, Long.MAX_VALUE))
        .in((a, v) -> set(a, 4, v))
        .use(Arbitraries.of(true, false))
        .in((a, v) -> set(a, 5, v))
        .use(Arbitraries.bytes().array(byte[].class).ofSize(4).map(Bytes::wrap))
        .in((a, v) -> set(a, 6, v))
        .use(blobs)
        .in((a, v) -> set(a, 7, v))
        .use(texts)
        .in((a, v) -> set(a, 8, v))
        .use(texts.optional())
        .in((a, v) -> set(a, 9, v))
        .use(Arbitraries.longs().list().ofMaxSize(SampleRecord.MAX_ITEMS))
        .in((a, v) -> set(a, 10, v))
        .use(texts.set().ofMaxSize(SampleRecord.MAX_ITEMS).map(List::copyOf))
        .in((a, v) -> set(a, 11, v))
        .build(CanonicalEncodingProperties::toRecord);
  }

  private static String roundTrip(String s) {
    return new String(
        s.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  private static Object[] set(Object[] a, int i, Object v) {
    a[i] = v;
    return a;
  }

  @SuppressWarnings("unchecked")
  private static SampleRecord toRecord(Object[] a) {
    return new SampleRecord(
        (Integer) a[0],
        (Integer) a[1],
        (Long) a[2],
        (Long) a[3],
        (Long) a[4],
        (Boolean) a[5],
        (Bytes) a[6],
        (Bytes) a[7],
        (String) a[8],
        (Optional<String>) a[9],
        (List<Long>) a[10],
        (List<String>) a[11]);
  }

  @Property(tries = 500)
  void decodeInvertsEncode(@ForAll("records") SampleRecord record) {
    Bytes encoded = SampleRecord.CODEC.encode(record);
    assertThat(SampleRecord.CODEC.decode(encoded)).isEqualTo(record.normalized());
  }

  @Property(tries = 500)
  void oneValueHasOneEncoding(@ForAll("records") SampleRecord record) {
    Bytes once = SampleRecord.CODEC.encode(record);
    Bytes twice = SampleRecord.CODEC.encode(SampleRecord.CODEC.decode(once));
    assertThat(twice).isEqualTo(once);
  }

  @Property(tries = 2000)
  void arbitraryBytesAreRejectedCleanlyOrReencodeIdentically(@ForAll byte[] input) {
    // Prefix the header so that a good share of the inputs get past the tag check.
    Bytes bytes = Bytes.fromHex("7f0101").concat(Bytes.wrap(input));
    assertCanonicalOrRejected(bytes);
  }

  static void assertCanonicalOrRejected(Bytes bytes) {
    SampleRecord decoded;
    try {
      decoded = SampleRecord.CODEC.decode(bytes);
    } catch (DecodeException rejected) {
      return;
    }
    assertThat(SampleRecord.CODEC.encode(decoded)).isEqualTo(bytes);
  }
}
