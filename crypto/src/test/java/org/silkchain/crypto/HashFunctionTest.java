package org.silkchain.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;

class HashFunctionTest {
  private static final HashFunction SHA256 = HashFunction.sha256();
  private static final HashFunction SM3 = HashFunction.sm3();

  @Test
  void sha256MatchesFips180Vectors() {
    assertThat(SHA256.digest(Bytes.utf8("abc")).toHex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(SHA256.digest(Bytes.EMPTY).toHex())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(
            SHA256
                .digest(Bytes.utf8("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
                .toHex())
        .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    assertThat(SHA256.digest(Bytes.utf8("a".repeat(1_000_000))).toHex())
        .isEqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  }

  @Test
  void sm3MatchesGbT32905Vectors() {
    assertThat(SM3.digest(Bytes.utf8("abc")).toHex())
        .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    assertThat(SM3.digest(Bytes.utf8("abcd".repeat(16))).toHex())
        .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
  }

  @Test
  void repeatedDigestsDoNotCarryStateOver() {
    for (HashFunction h : new HashFunction[] {SHA256, SM3}) {
      Hash first = h.digest(Bytes.utf8("abc"));
      h.digest((byte) 7, Bytes.utf8("x"), Bytes.utf8("y"));
      assertThat(h.digest(Bytes.utf8("abc"))).as(h.name()).isEqualTo(first);
    }
  }

  @Test
  void domainTaggedDigestIsTheTagPrefixedHashAndDiffersFromThePlainOne() {
    Bytes data = Bytes.utf8("abc");
    for (HashFunction h : new HashFunction[] {SHA256, SM3}) {
      Hash tagged = h.digest((byte) 0x01, data);
      assertThat(tagged).as(h.name()).isNotEqualTo(h.digest(data));
      assertThat(tagged).isNotEqualTo(h.digest((byte) 0x02, data));
      assertThat(tagged).isEqualTo(h.digest(Bytes.of((byte) 0x01).concat(data)));
      assertThat(h.digest((byte) 0x01, Bytes.utf8("ab"), Bytes.utf8("c"))).isEqualTo(tagged);
    }
  }

  @Test
  void sha256AndSm3Differ() {
    assertThat(SHA256.digest(Bytes.utf8("abc"))).isNotEqualTo(SM3.digest(Bytes.utf8("abc")));
    assertThat(SHA256.name()).isEqualTo("SHA-256");
    assertThat(SM3.name()).isEqualTo("SM3");
  }
}
