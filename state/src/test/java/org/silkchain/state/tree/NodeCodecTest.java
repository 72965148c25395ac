package org.silkchain.state.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;

class NodeCodecTest {
  private static final Hash H1 = HashFunction.sha256().digest(Bytes.utf8("1"));
  private static final Hash H2 = HashFunction.sha256().digest(Bytes.utf8("2"));

  private static InternalNode twoChildren() {
    long[] versions = new long[16];
    Hash[] hashes = new Hash[16];
    versions[3] = 7;
    hashes[3] = H1;
    versions[12] = 300;
    hashes[12] = H2;
    return new InternalNode((1 << 3) | (1 << 12), 1 << 12, versions, hashes);
  }

  private static DecodeException.Reason reasonOf(Bytes encoded) {
    try {
      NodeCodec.INSTANCE.decode(encoded);
    } catch (DecodeException e) {
      return e.reason();
    }
    throw new AssertionError("decoded " + encoded);
  }

  @Test
  void internalNodeRoundTripsWithItsLayout() {
    Bytes encoded = NodeCodec.encodeNode(twoChildren());
    assertThat(encoded.toHex())
        .isEqualTo("040101" + "1008" + "1000" + "07" + H1.toHex() + "ac02" + H2.toHex());
    InternalNode back = (InternalNode) NodeCodec.INSTANCE.decode(encoded);
    assertThat(back.childMask()).isEqualTo(0x1008);
    assertThat(back.leafMask()).isEqualTo(0x1000);
    assertThat(back.version(12)).isEqualTo(300);
    assertThat(back.hash(3)).isEqualTo(H1);
    assertThat(NodeCodec.encodeNode(back)).isEqualTo(encoded);
  }

  @Test
  void leafAndEmptyRoundTrip() {
    LeafNode leaf = new LeafNode(H1, Bytes.utf8("key"), Bytes.utf8("value"));
    assertThat(NodeCodec.INSTANCE.decode(NodeCodec.encodeNode(leaf))).isEqualTo(leaf);
    assertThat(NodeCodec.encodeNode(EmptyNode.INSTANCE).toHex()).isEqualTo("040301");
    assertThat(NodeCodec.INSTANCE.decode(Bytes.fromHex("040301"))).isEqualTo(EmptyNode.INSTANCE);
  }

  @Test
  void rejectsNonCanonicalInternalNodes() {
    assertThat(reasonOf(Bytes.fromHex("040101" + "0000" + "0000")))
        .isEqualTo(DecodeException.Reason.INVALID_VALUE);
    assertThat(reasonOf(Bytes.fromHex("040101" + "0001" + "0002" + "01" + H1.toHex())))
        .isEqualTo(DecodeException.Reason.INVALID_VALUE);
    assertThat(reasonOf(Bytes.fromHex("040101" + "0001" + "0001" + "01" + H1.toHex())))
        .isEqualTo(DecodeException.Reason.NON_CANONICAL);
    assertThat(reasonOf(Bytes.fromHex("040101" + "0001" + "0000" + "8100" + H1.toHex())))
        .isEqualTo(DecodeException.Reason.NON_CANONICAL);
    assertThat(reasonOf(Bytes.fromHex("040101" + "0003" + "0000" + "01" + H1.toHex())))
        .isEqualTo(DecodeException.Reason.TRUNCATED);
  }

  @Test
  void rejectsUnknownTagsVersionsAndTrailingBytes() {
    assertThat(reasonOf(Bytes.fromHex("040501"))).isEqualTo(DecodeException.Reason.UNKNOWN_TAG);
    assertThat(reasonOf(Bytes.fromHex("040302")))
        .isEqualTo(DecodeException.Reason.UNSUPPORTED_VERSION);
    assertThat(reasonOf(Bytes.fromHex("04030100")))
        .isEqualTo(DecodeException.Reason.TRAILING_BYTES);
  }

  @Test
  void rejectsOversizedLeafKeys() {
    Bytes encoded =
        new CanonicalWriter()
            .header(NodeCodec.LEAF_TAG, 1)
            .fixed(H1.bytes(), 32)
            .bytes(Bytes.wrap(new byte[StateTree.MAX_KEY_SIZE + 1]))
            .bytes(Bytes.EMPTY)
            .toBytes();
    assertThat(reasonOf(encoded)).isEqualTo(DecodeException.Reason.TOO_LONG);
  }

  @Test
  void constructorKeepsTheCollapseInvariant() {
    long[] versions = new long[16];
    Hash[] hashes = new Hash[16];
    hashes[0] = H1;
    assertThatThrownBy(() -> new InternalNode(1, 1, versions, hashes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("collapsed");
  }
}
