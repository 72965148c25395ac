package org.silkchain.cli.net.local;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a node's {@code GET /api/v1/status} reports.
 *
 * @param nodeId the member id
 * @param height last committed height
 * @param tipHash hex hash of the block at {@code height}
 * @param stateRoot hex state root after that block
 * @param round the consensus round at the next height
 * @param peers connected peers
 * @param mempool pending transactions
 */
public record NodeStatus(
    String nodeId,
    long height,
    String tipHash,
    String stateRoot,
    long round,
    int peers,
    int mempool) {

  /**
   * Reads the contract's fields from a status response.
   *
   * @throws IllegalArgumentException if {@code height} or {@code tipHash} is missing
   */
  public static NodeStatus fromJson(JsonNode json) {
    if (!json.path("height").canConvertToLong() || !json.path("tipHash").isTextual()) {
      throw new IllegalArgumentException("status without height and tipHash: " + json);
    }
    return new NodeStatus(
        json.path("nodeId").asText(""),
        json.path("height").asLong(),
        json.path("tipHash").asText(),
        json.path("stateRoot").asText(""),
        json.path("round").asLong(0),
        json.path("peers").asInt(0),
        json.path("mempool").asInt(0));
  }
}
