package org.silkchain.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BytesTest {
  @Test
  void copiesOnTheWayInAndOut() {
    byte[] source = {1, 2, 3};
    Bytes bytes = Bytes.of(source);
    source[0] = 9;
    assertThat(bytes.get(0)).isEqualTo((byte) 1);
    bytes.toArray()[1] = 9;
    assertThat(bytes.get(1)).isEqualTo((byte) 2);
  }

  @Test
  void ordersUnsignedLexicographically() {
    assertThat(Bytes.fromHex("7f").compareTo(Bytes.fromHex("80"))).isNegative();
    assertThat(Bytes.fromHex("ff").compareTo(Bytes.fromHex("ff00"))).isNegative();
    assertThat(Bytes.fromHex("").compareTo(Bytes.fromHex("00"))).isNegative();
  }

  @Test
  void equalityAndHashFollowContent() {
    assertThat(Bytes.fromHex("a1b2")).isEqualTo(Bytes.fromHex("A1B2"));
    assertThat(Bytes.fromHex("a1b2").hashCode()).isEqualTo(Bytes.fromHex("a1b2").hashCode());
    assertThat(Bytes.fromHex("a1b2")).isNotEqualTo(Bytes.fromHex("a1b3"));
  }

  @Test
  void sliceConcatAndPrefix() {
    Bytes b = Bytes.fromHex("00112233");
    assertThat(b.slice(1, 3).toHex()).isEqualTo("1122");
    assertThat(b.concat(Bytes.fromHex("44")).toHex()).isEqualTo("0011223344");
    assertThat(b.startsWith(Bytes.fromHex("0011"))).isTrue();
    assertThat(b.startsWith(Bytes.fromHex("11"))).isFalse();
  }

  @Test
  void longValuesPrintShortened() {
    assertThat(Bytes.wrap(new byte[100]).toString()).endsWith("..(100 bytes)");
  }
}
