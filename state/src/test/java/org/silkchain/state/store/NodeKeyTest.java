package org.silkchain.state.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;

class NodeKeyTest {
  private static final byte[] PATH = Bytes.fromHex("abcdef" + "00".repeat(29)).toArray();

  private static DecodeException.Reason reasonOf(String hex) {
    try {
      NodeKey.decode(Bytes.fromHex(hex));
    } catch (DecodeException e) {
      return e.reason();
    }
    throw new AssertionError("decoded " + hex);
  }

  @Test
  void layoutIsVersionThenNibbleCountThenPackedNibbles() {
    assertThat(NodeKey.encode(258, PATH, 3).toHex()).isEqualTo("0000000000000102" + "03" + "abc0");
    assertThat(NodeKey.encode(258, PATH, 4).toHex()).isEqualTo("0000000000000102" + "04" + "abcd");
    assertThat(NodeKey.root(1).toHex()).isEqualTo("0000000000000001" + "00");
    NodeKey key = NodeKey.decode(NodeKey.encode(258, PATH, 3));
    assertThat(key).isEqualTo(new NodeKey(258, 3, Bytes.fromHex("abc0")));
    assertThat(key.encode()).isEqualTo(NodeKey.encode(258, PATH, 3));
  }

  @Test
  void keysSortByVersionFirst() {
    Bytes deepOld = NodeKey.encode(1, new byte[] {(byte) 0xFF, (byte) 0xFF}, 4);
    Bytes rootNew = NodeKey.root(2);
    Bytes bigVersion = NodeKey.root(1L << 40);
    assertThat(deepOld).isLessThan(rootNew);
    assertThat(rootNew).isLessThan(bigVersion);
  }

  @Test
  void rejectsMalformedKeys() {
    assertThat(reasonOf("00000000000001")).isEqualTo(DecodeException.Reason.TRUNCATED);
    assertThat(reasonOf("0000000000000001" + "03" + "ab"))
        .isEqualTo(DecodeException.Reason.TRUNCATED);
    assertThat(reasonOf("0000000000000001" + "01" + "a000"))
        .isEqualTo(DecodeException.Reason.TRAILING_BYTES);
    assertThat(reasonOf("0000000000000001" + "01" + "a1"))
        .isEqualTo(DecodeException.Reason.NON_CANONICAL);
    assertThat(reasonOf("0000000000000001" + "41" + "00".repeat(33)))
        .isEqualTo(DecodeException.Reason.TOO_LONG);
    assertThat(reasonOf("8000000000000001" + "00")).isEqualTo(DecodeException.Reason.INVALID_VALUE);
  }

  @Test
  void staleIndexKeysSortBySinceVersionAndRoundTrip() {
    Bytes node = NodeKey.encode(3, PATH, 2);
    StaleNode entry = new StaleNode(9, node);
    assertThat(entry.indexKey().toHex()).isEqualTo("0000000000000009" + node.toHex());
    assertThat(StaleNode.decode(entry.indexKey())).isEqualTo(entry);
    assertThat(new StaleNode(9, NodeKey.encode(8, PATH, 64)).indexKey())
        .isLessThan(new StaleNode(10, NodeKey.root(0)).indexKey());
  }
}
