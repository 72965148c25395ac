package org.silkchain.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalEncodingTest {

  private static DecodeException.Reason reasonOf(Runnable decode) {
    try {
      decode.run();
    } catch (DecodeException e) {
      return e.reason();
    }
    throw new AssertionError("expected a DecodeException");
  }

  private static CanonicalReader reader(String hex) {
    return new CanonicalReader(Bytes.fromHex(hex));
  }

  @Test
  void integersAreBigEndianAndFixedWidth() {
    Bytes out = new CanonicalWriter().u8(1).u16(0x0203).u32(0x04050607L).i64(-2).toBytes();
    assertThat(out.toHex()).isEqualTo("01" + "0203" + "04050607" + "fffffffffffffffe");
  }

  @Test
  void varintsUseTheShortestForm() {
    assertThat(new CanonicalWriter().varint(0).toBytes().toHex()).isEqualTo("00");
    assertThat(new CanonicalWriter().varint(127).toBytes().toHex()).isEqualTo("7f");
    assertThat(new CanonicalWriter().varint(128).toBytes().toHex()).isEqualTo("8001");
    assertThat(new CanonicalWriter().varint(Long.MAX_VALUE).toBytes().size()).isEqualTo(9);
    assertThat(reader("8001").varint("n", 1000)).isEqualTo(128);
  }

  @Test
  void rejectsVarintWithRedundantZeroBytes() {
    assertThat(reasonOf(() -> reader("8000").varint("n", 1000)))
        .isEqualTo(DecodeException.Reason.NON_CANONICAL);
    assertThat(reasonOf(() -> reader("ff8000").varint("n", Long.MAX_VALUE)))
        .isEqualTo(DecodeException.Reason.NON_CANONICAL);
  }

  @Test
  void rejectsVarintBeyond63Bits() {
    assertThat(reasonOf(() -> reader("ffffffffffffffffff01").varint("n", Long.MAX_VALUE)))
        .isEqualTo(DecodeException.Reason.TOO_LONG);
  }

  @Test
  void rejectsVarintAboveTheCallersLimit() {
    assertThatThrownBy(() -> reader("8001").varint("count", 100))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("count")
        .hasMessageContaining("128");
  }

  @Test
  void booleansAreExactlyZeroOrOne() {
    assertThat(reader("01").bool("b")).isTrue();
    assertThat(reasonOf(() -> reader("02").bool("b")))
        .isEqualTo(DecodeException.Reason.NON_CANONICAL);
  }

  @Test
  void optionalMarkerIsExactlyZeroOrOne() {
    assertThat(reasonOf(() -> reader("02").optional("o", SampleRecord.STRING)))
        .isEqualTo(DecodeException.Reason.NON_CANONICAL);
  }

  @Test
  void truncatedInputNamesTheField() {
    assertThatThrownBy(() -> reader("0001").u32("amount"))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("TRUNCATED")
        .hasMessageContaining("amount");
  }

  @Test
  void lengthBeyondTheInputIsRejectedBeforeAllocating() {
    // Claims 2^31-1 bytes in a 5-byte input: must fail on the claim, not try to allocate.
    assertThat(reasonOf(() -> reader("ffffffff07").bytes("blob", Integer.MAX_VALUE)))
        .isEqualTo(DecodeException.Reason.TRUNCATED);
  }

  @Test
  void countBeyondTheLimitIsRejected() {
    assertThat(reasonOf(() -> reader("09" + "00".repeat(72)).list("items", 8, SampleRecord.I64)))
        .isEqualTo(DecodeException.Reason.TOO_MANY);
  }

  @Test
  void stringsMustBeValidUtf8() {
    assertThat(reasonOf(() -> reader("02c328").string("s", 10)))
        .isEqualTo(DecodeException.Reason.INVALID_VALUE);
    // An overlong encoding of '/' (0xC0 0xAF) is malformed UTF-8 too.
    assertThat(reasonOf(() -> reader("02c0af").string("s", 10)))
        .isEqualTo(DecodeException.Reason.INVALID_VALUE);
    String chinese = "信用证已开立";
    Bytes encoded = new CanonicalWriter().string(chinese).toBytes();
    assertThat(new CanonicalReader(encoded).string("s", 100)).isEqualTo(chinese);
  }

  @Test
  void writerRefusesUnpairedSurrogates() {
    assertThatThrownBy(() -> new CanonicalWriter().string("a\uD800b"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void setsAreWrittenSortedWhateverTheInputOrder() {
    Bytes a = new CanonicalWriter().set(List.of("b", "a", "c"), SampleRecord.STRING).toBytes();
    Bytes b = new CanonicalWriter().set(List.of("c", "b", "a"), SampleRecord.STRING).toBytes();
    assertThat(a).isEqualTo(b);
  }

  @Test
  void setsMustBeStrictlyAscending() {
    Bytes unsorted = new CanonicalWriter().varint(2).string("b").string("a").toBytes();
    assertThat(reasonOf(() -> new CanonicalReader(unsorted).set("s", 8, SampleRecord.STRING)))
        .isEqualTo(DecodeException.Reason.NOT_SORTED);
    Bytes duplicated = new CanonicalWriter().varint(2).string("a").string("a").toBytes();
    assertThat(reasonOf(() -> new CanonicalReader(duplicated).set("s", 8, SampleRecord.STRING)))
        .isEqualTo(DecodeException.Reason.DUPLICATE);
    assertThatThrownBy(() -> new CanonicalWriter().set(List.of("a", "a"), SampleRecord.STRING))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void headerChecksTagAndVersion() {
    assertThat(reader("7f0101").header("x", 0x7F01, 1)).isEqualTo(1);
    assertThat(reasonOf(() -> reader("7f0201").header("x", 0x7F01, 1)))
        .isEqualTo(DecodeException.Reason.UNKNOWN_TAG);
    assertThat(reasonOf(() -> reader("7f0102").header("x", 0x7F01, 1)))
        .isEqualTo(DecodeException.Reason.UNSUPPORTED_VERSION);
    assertThat(reasonOf(() -> reader("7f0100").header("x", 0x7F01, 1)))
        .isEqualTo(DecodeException.Reason.UNSUPPORTED_VERSION);
  }

  @Test
  void trailingBytesAreRejected() {
    assertThat(reasonOf(() -> SampleRecord.I64.decode(Bytes.fromHex("000000000000000100"))))
        .isEqualTo(DecodeException.Reason.TRAILING_BYTES);
  }

  @Test
  void u63RejectsTheSignBit() {
    assertThat(reasonOf(() -> reader("8000000000000000").u63("height")))
        .isEqualTo(DecodeException.Reason.INVALID_VALUE);
  }

  @Test
  void fixedWidthWritesCheckTheirSize() {
    assertThatThrownBy(() -> new CanonicalWriter().fixed(Bytes.of(new byte[] {1, 2}), 4))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
