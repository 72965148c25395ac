package org.silkchain.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.ledger.merkle.MerkleProof;
import org.silkchain.ledger.merkle.MerkleProofVerifier;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.state.proof.ProofVerdict;
import org.silkchain.state.proof.StateProof;
import org.silkchain.state.proof.StateProofVerifier;

/**
 * Proofs as the API serves them, with their offline checks. Each proof binds a fact to a root in a
 * block header ({@code transactionsRoot}, {@code stateRoot}); the header is as trustworthy as its
 * source: the client compares it with the block the node serves separately, and a cautious caller
 * compares block hashes across several nodes (a commit certificate check is not in the SDK yet).
 */
public final class Proofs {
  private Proofs() {}

  /** An RFC 6962 proof that a transaction id is leaf {@code proof.leafIndex()} of a block. */
  public record Inclusion(
      TransactionId id,
      long height,
      Hash blockHash,
      Hash transactionsRoot,
      long count,
      MerkleProof proof) {
    static Inclusion of(JsonNode json) {
      return new Inclusion(
          new TransactionId(Hash.fromHex(json.path("id").asText())),
          json.path("height").asLong(),
          Hash.fromHex(json.path("blockHash").asText()),
          Hash.fromHex(json.path("transactionsRoot").asText()),
          json.path("transactionCount").asLong(),
          MerkleProof.CODEC.decode(Bytes.fromHex(json.path("proof").asText())));
    }

    /** Whether the proof places {@link #id} in a tree with this root and size. */
    public boolean verify(HashFunction hash) {
      return MerkleProofVerifier.verify(hash, transactionsRoot, count, id.hash().bytes(), proof);
    }
  }

  /** A state entry (value absent when the key is not in state) with its Jellyfish proof. */
  public record StateEntry(
      long height, Hash stateRoot, Bytes key, Optional<Bytes> value, StateProof proof) {
    static StateEntry of(JsonNode json) {
      JsonNode value = json.path("value");
      return new StateEntry(
          json.path("height").asLong(),
          Hash.fromHex(json.path("stateRoot").asText()),
          Bytes.fromHex(json.path("key").asText()),
          value.isNull() || value.isMissingNode()
              ? Optional.empty()
              : Optional.of(Bytes.fromHex(value.asText())),
          StateProof.CODEC.decode(Bytes.fromHex(json.path("proof").asText())));
    }

    public ProofVerdict verify(HashFunction hash) {
      return StateProofVerifier.verify(hash, stateRoot, key, value, proof);
    }
  }
}
