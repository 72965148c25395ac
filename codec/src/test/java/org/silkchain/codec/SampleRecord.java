package org.silkchain.codec;

import java.util.List;
import java.util.Optional;

/** A test-only record that uses every primitive of the encoding, to exercise them together. */
record SampleRecord(
    int small,
    int medium,
    long unsigned32,
    long signed64,
    long length,
    boolean flag,
    Bytes fixed4,
    Bytes blob,
    String text,
    Optional<String> note,
    List<Long> numbers,
    List<String> tags) {

  static final int TYPE_TAG = 0x7F01;
  static final int MAX_BLOB = 64;
  static final int MAX_TEXT = 64;
  static final int MAX_ITEMS = 8;

  static final Codec<String> STRING =
      new Codec<>() {
        @Override
        public void encode(String value, CanonicalWriter out) {
          out.string(value);
        }

        @Override
        public String decode(CanonicalReader in) {
          return in.string("tag", MAX_TEXT);
        }
      };

  static final Codec<Long> I64 =
      new Codec<>() {
        @Override
        public void encode(Long value, CanonicalWriter out) {
          out.i64(value);
        }

        @Override
        public Long decode(CanonicalReader in) {
          return in.i64("number");
        }
      };

  static final Codec<SampleRecord> CODEC =
      new Codec<>() {
        @Override
        public void encode(SampleRecord r, CanonicalWriter out) {
          out.header(TYPE_TAG, 1)
              .u8(r.small)
              .u16(r.medium)
              .u32(r.unsigned32)
              .i64(r.signed64)
              .varint(r.length)
              .bool(r.flag)
              .fixed(r.fixed4, 4)
              .bytes(r.blob)
              .string(r.text)
              .optional(r.note, STRING)
              .list(r.numbers, I64)
              .set(r.tags, STRING);
        }

        @Override
        public SampleRecord decode(CanonicalReader in) {
          in.header("sample", TYPE_TAG, 1);
          return new SampleRecord(
              in.u8("small"),
              in.u16("medium"),
              in.u32("unsigned32"),
              in.i64("signed64"),
              in.varint("length", Long.MAX_VALUE),
              in.bool("flag"),
              in.fixed("fixed4", 4),
              in.bytes("blob", MAX_BLOB),
              in.string("text", MAX_TEXT),
              in.optional("note", STRING),
              in.list("numbers", MAX_ITEMS, I64),
              in.set("tags", MAX_ITEMS, STRING));
        }
      };

  /** Sets are compared as decoded, which is sorted by encoding. */
  SampleRecord normalized() {
    List<String> sorted =
        tags.stream().sorted(java.util.Comparator.comparing(STRING::encode)).toList();
    return new SampleRecord(
        small,
        medium,
        unsigned32,
        signed64,
        length,
        flag,
        fixed4,
        blob,
        text,
        note,
        numbers,
        sorted);
  }
}
