package org.silkchain.state.tree;

import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;

/**
 * Canonical encodings of tree nodes, each a {@code u16} type tag and {@code u8} version 1, then:
 *
 * <ul>
 *   <li>{@code 0x0401} internal: {@code u16} child mask (bit {@code s} = slot {@code s} has a
 *       child), {@code u16} leaf mask, then per child in slot order its version (varint) and hash
 *       (32 bytes);
 *   <li>{@code 0x0402} leaf: path (32 bytes), key (length-prefixed, at most {@link
 *       StateTree#MAX_KEY_SIZE}), value (length-prefixed, at most {@link
 *       StateTree#MAX_VALUE_SIZE});
 *   <li>{@code 0x0403} empty root: nothing more.
 * </ul>
 */
final class NodeCodec implements Codec<Node> {
  static final int INTERNAL_TAG = 0x0401;
  static final int LEAF_TAG = 0x0402;
  static final int EMPTY_TAG = 0x0403;
  static final int VERSION = 1;

  static final NodeCodec INSTANCE = new NodeCodec();

  private NodeCodec() {}

  static Bytes encodeNode(Node node) {
    int size =
        switch (node) {
          case LeafNode l -> 48 + l.key().size() + l.value().size();
          case InternalNode n -> 8 + Integer.bitCount(n.childMask()) * 42;
          case EmptyNode e -> 4;
        };
    CanonicalWriter out = new CanonicalWriter(size);
    INSTANCE.encode(node, out);
    return out.toBytes();
  }

  @Override
  public void encode(Node node, CanonicalWriter out) {
    switch (node) {
      case EmptyNode e -> out.header(EMPTY_TAG, VERSION);
      case LeafNode l ->
          out.header(LEAF_TAG, VERSION)
              .fixed(l.path().bytes(), Hash.SIZE)
              .bytes(l.key())
              .bytes(l.value());
      case InternalNode n -> {
        out.header(INTERNAL_TAG, VERSION).u16(n.childMask()).u16(n.leafMask());
        for (int slot = 0; slot < InternalNode.ARITY; slot++) {
          if (n.hasChild(slot)) {
            out.varint(n.version(slot)).fixed(n.hash(slot).bytes(), Hash.SIZE);
          }
        }
      }
    }
  }

  @Override
  public Node decode(CanonicalReader in) {
    int tag = in.u16("node.tag");
    if (tag != INTERNAL_TAG && tag != LEAF_TAG && tag != EMPTY_TAG) {
      throw new DecodeException(
          DecodeException.Reason.UNKNOWN_TAG, "node: type tag 0x" + Integer.toHexString(tag));
    }
    int version = in.u8("node.version");
    if (version != VERSION) {
      throw new DecodeException(
          DecodeException.Reason.UNSUPPORTED_VERSION, "node: version " + version);
    }
    return switch (tag) {
      case EMPTY_TAG -> EmptyNode.INSTANCE;
      case LEAF_TAG ->
          new LeafNode(
              Hash.CODEC.decode(in),
              in.bytes("leaf.key", StateTree.MAX_KEY_SIZE),
              in.bytes("leaf.value", StateTree.MAX_VALUE_SIZE));
      default -> decodeInternal(in);
    };
  }

  private static InternalNode decodeInternal(CanonicalReader in) {
    int childMask = in.u16("internal.childMask");
    int leafMask = in.u16("internal.leafMask");
    if (childMask == 0) {
      throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "internal: no children");
    }
    if ((leafMask & ~childMask) != 0) {
      throw new DecodeException(
          DecodeException.Reason.INVALID_VALUE, "internal: leaf mask outside child mask");
    }
    if (Integer.bitCount(childMask) == 1 && leafMask != 0) {
      throw new DecodeException(
          DecodeException.Reason.NON_CANONICAL, "internal: a single leaf child is not collapsed");
    }
    long[] versions = new long[InternalNode.ARITY];
    Hash[] hashes = new Hash[InternalNode.ARITY];
    for (int slot = 0; slot < InternalNode.ARITY; slot++) {
      if ((childMask & (1 << slot)) != 0) {
        versions[slot] = in.varint("internal.version", Long.MAX_VALUE);
        hashes[slot] = Hash.CODEC.decode(in);
      }
    }
    return new InternalNode(childMask, leafMask, versions, hashes);
  }
}
