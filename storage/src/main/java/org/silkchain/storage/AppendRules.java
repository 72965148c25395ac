package org.silkchain.storage;

import static org.silkchain.storage.StoreException.Reason.CERTIFICATE_MISMATCH;
import static org.silkchain.storage.StoreException.Reason.NOT_NEXT_BLOCK;
import static org.silkchain.storage.StoreException.Reason.STATE_MISMATCH;

import java.util.Optional;
import org.silkchain.ledger.block.BlockHeader;
import org.silkchain.ledger.block.CommitCertificate;
import org.silkchain.state.store.StateDelta;

/** The checks every {@link LedgerStore} makes before an append, in one place. */
public final class AppendRules {
  private AppendRules() {}

  public static void check(Optional<ChainTip> tip, CommittedBlock block, StateDelta delta) {
    BlockHeader header = block.block().header();
    long height = header.height();
    if (tip.isEmpty()) {
      if (height != 0) {
        throw new StoreException(
            NOT_NEXT_BLOCK, "an empty store starts at genesis (height 0), got height " + height);
      }
    } else {
      ChainTip t = tip.get();
      if (height != t.height() + 1) {
        throw new StoreException(
            NOT_NEXT_BLOCK, "tip is at height " + t.height() + ", got block " + height);
      }
      if (!header.previousHash().equals(t.blockHash())) {
        throw new StoreException(
            NOT_NEXT_BLOCK,
            "block "
                + height
                + " names parent "
                + header.previousHash()
                + ", tip is "
                + t.blockHash());
      }
    }
    if (height == 0) {
      if (block.certificate().isPresent()) {
        throw new StoreException(CERTIFICATE_MISMATCH, "genesis is not decided by certificate");
      }
    } else {
      CommitCertificate cert =
          block
              .certificate()
              .orElseThrow(
                  () -> new StoreException(CERTIFICATE_MISMATCH, "block " + height + " has none"));
      if (cert.height() != height || !cert.blockHash().equals(block.hash())) {
        throw new StoreException(
            CERTIFICATE_MISMATCH,
            "certificate is for height "
                + cert.height()
                + " block "
                + cert.blockHash()
                + ", not "
                + height
                + " "
                + block.hash());
      }
    }
    if (delta.version() != height) {
      throw new StoreException(
          STATE_MISMATCH, "state delta is version " + delta.version() + ", block is " + height);
    }
    if (!delta.root().equals(header.stateRoot())) {
      throw new StoreException(
          STATE_MISMATCH,
          "state delta ends at root " + delta.root() + ", header says " + header.stateRoot());
    }
  }
}
