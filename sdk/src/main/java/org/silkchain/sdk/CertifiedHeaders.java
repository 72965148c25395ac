package org.silkchain.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.certificate.CommitCertificateVerifier;
import org.silkchain.consensus.signing.SignatureVerifier;
import org.silkchain.consensus.validator.QuorumRule;
import org.silkchain.consensus.validator.ValidatorSet;
import org.silkchain.crypto.HashFunction;
import org.silkchain.ledger.block.BlockHeader;
import org.silkchain.ledger.block.CommitCertificate;

/**
 * Block headers a client need not take on one node's word: the header's canonical encoding hashes
 * to the block hash that a commit certificate signs, and the certificate carries precommits of more
 * than two thirds of the power of a validator set the caller trusts (from the genesis file, or the
 * set at that height). Then the header's roots anchor the inclusion and state proofs.
 */
final class CertifiedHeaders {
  private CertifiedHeaders() {}

  /**
   * The header of {@code block} (the API's block JSON), checked with {@code certificate} (the API's
   * certificate JSON).
   *
   * @throws ApiError {@code UNCERTIFIED} when any check fails, naming it
   */
  static BlockHeader verify(
      JsonNode block, JsonNode certificateJson, HashFunction hash, ValidatorSet trusted) {
    long height = block.path("height").asLong();
    BlockHeader header;
    CommitCertificate certificate;
    try {
      header = BlockHeader.CODEC.decode(Bytes.fromHex(block.path("header").asText()));
      JsonNode encoded = certificateJson.path("encoded");
      certificate = CommitCertificate.CODEC.decode(Bytes.fromHex(encoded.asText()));
    } catch (RuntimeException e) {
      if (e instanceof ApiError a) {
        throw a;
      }
      throw uncertified(height, "undecodable header or certificate: " + e.getMessage());
    }
    if (header.height() != height || certificate.height() != height) {
      throw uncertified(height, "header or certificate of another height");
    }
    if (!header.hash(hash).equals(certificate.blockHash())) {
      throw uncertified(height, "the certificate signs another block");
    }
    var verifier =
        new CommitCertificateVerifier(
            header.chainId().value(), SignatureVerifier.bySuite(), QuorumRule.BYZANTINE);
    var result = verifier.verify(certificate, trusted);
    if (!result.isAccepted()) {
      throw uncertified(height, "certificate refused: " + result);
    }
    return header;
  }

  private static ApiError uncertified(long height, String why) {
    return new ApiError(200, "UNCERTIFIED", "block " + height + ": " + why, null);
  }
}
