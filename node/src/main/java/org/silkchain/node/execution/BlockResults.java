package org.silkchain.node.execution;

import java.util.ArrayList;
import java.util.List;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.ledger.block.Block;
import org.silkchain.ledger.merkle.MerkleTree;

/**
 * The result of each transaction of one block, in block order. Kept in state under {@link
 * StateKeys#results(long)}; the header's {@code resultsRoot} is the Merkle root whose leaves are
 * the one-byte encodings of the codes ({@link #root}).
 */
public record BlockResults(List<ResultCode> codes) {
  public static final int TYPE_TAG = 0x0711;
  public static final int VERSION = 1;

  public static final Codec<BlockResults> CODEC =
      new Codec<>() {
        @Override
        public void encode(BlockResults r, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION).varint(r.codes.size());
          for (ResultCode c : r.codes) {
            out.u8(c.code());
          }
        }

        @Override
        public BlockResults decode(CanonicalReader in) {
          in.header("blockResults", TYPE_TAG, VERSION);
          int n = (int) in.varint("blockResults.count", Block.MAX_TRANSACTIONS);
          if (n > in.remaining()) {
            throw new DecodeException(DecodeException.Reason.TRUNCATED, "blockResults");
          }
          List<ResultCode> codes = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            int code = in.u8("blockResults.code");
            codes.add(
                ResultCode.fromCode(code)
                    .orElseThrow(
                        () ->
                            new DecodeException(
                                DecodeException.Reason.UNKNOWN_TAG, "result code " + code)));
          }
          return new BlockResults(codes);
        }
      };

  public BlockResults {
    codes = List.copyOf(codes);
  }

  public Hash root(HashFunction hash) {
    List<Bytes> leaves = new ArrayList<>(codes.size());
    for (ResultCode c : codes) {
      leaves.add(Bytes.of((byte) c.code()));
    }
    return MerkleTree.root(hash, leaves);
  }
}
