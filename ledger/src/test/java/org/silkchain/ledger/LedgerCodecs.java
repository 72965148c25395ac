package org.silkchain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.ledger.block.Block;
import org.silkchain.ledger.block.BlockHeader;
import org.silkchain.ledger.block.CommitCertificate;
import org.silkchain.ledger.block.CommitSignature;
import org.silkchain.ledger.merkle.MerkleProof;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.ledger.transaction.TxSignature;
import org.silkchain.ledger.transaction.ValidityWindow;

/** Every decoder of the module, by name, and the check hostile-input tests run on each. */
public final class LedgerCodecs {
  public static final Map<String, Codec<?>> ALL = all();

  private LedgerCodecs() {}

  private static Map<String, Codec<?>> all() {
    Map<String, Codec<?>> m = new LinkedHashMap<>();
    m.put("ChainId", ChainId.CODEC);
    m.put("AccountId", AccountId.CODEC);
    m.put("Payload", Payload.CODEC);
    m.put("ValidityWindow", ValidityWindow.CODEC);
    m.put("TransactionBody", TransactionBody.CODEC);
    m.put("TransactionId", TransactionId.CODEC);
    m.put("TxSignature", TxSignature.CODEC);
    m.put("SignedTransaction", SignedTransaction.CODEC);
    m.put("CommitSignature", CommitSignature.CODEC);
    m.put("CommitCertificate", CommitCertificate.CODEC);
    m.put("BlockHeader", BlockHeader.CODEC);
    m.put("Block", Block.CODEC);
    m.put("MerkleProof", MerkleProof.CODEC);
    return Collections.unmodifiableMap(m);
  }

  /**
   * Decoding {@code input} either throws {@link DecodeException} or yields a value whose encoding
   * is exactly {@code input}: anything else (another exception, an error, a second encoding of one
   * value) fails the test.
   *
   * @return true when the input decoded
   */
  public static <T> boolean decodesCanonicallyOrRejects(String name, Codec<T> codec, Bytes input) {
    T value;
    try {
      value = codec.decode(input);
    } catch (DecodeException e) {
      assertThat(e.reason()).isNotNull();
      return false;
    } catch (Throwable t) {
      return fail(name + " threw " + t + " on input " + input, t);
    }
    assertThat(codec.encode(value)).as(name + " re-encodes what it decoded").isEqualTo(input);
    return true;
  }
}
