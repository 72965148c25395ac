package org.silkchain.node.application;

import java.util.Optional;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.ledger.block.Block;
import org.silkchain.ledger.block.StructureCheck;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.node.execution.SignatureCache;

/**
 * What a decided block sent by a peer (during catch-up) must pass before consensus may adopt it on
 * the strength of its certificate: it decodes, its structure holds, and every transaction signature
 * verifies. The certificate proves the header; this proves the bytes that travelled with it are the
 * ones the validators saw, since transaction ids (hence the header) do not cover signatures.
 */
public final class DecidedBlockCheck {
  private final SignatureSuite suite;
  private final SignatureCache signatures;

  public DecidedBlockCheck(SignatureSuite suite, SignatureCache signatures) {
    this.suite = suite;
    this.signatures = signatures;
  }

  /** Empty if the block may be adopted, else why not. */
  public Optional<String> problem(org.silkchain.codec.Bytes encoded) {
    Block block;
    try {
      block = Block.CODEC.decode(encoded);
    } catch (DecodeException e) {
      return Optional.of("decided block does not decode: " + e.getMessage());
    }
    StructureCheck structure = block.verifyStructure(suite.hash());
    if (structure instanceof StructureCheck.Invalid invalid) {
      return Optional.of("decided block is malformed: " + invalid.problem());
    }
    for (SignedTransaction tx : block.transactions()) {
      if (!signatures.verify(tx, tx.id(suite.hash()), suite)) {
        return Optional.of("decided block carries a transaction with a bad signature");
      }
    }
    return Optional.empty();
  }
}
