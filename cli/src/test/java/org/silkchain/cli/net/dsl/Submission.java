package org.silkchain.cli.net.dsl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer to {@code POST /api/v1/transactions}.
 *
 * @param status HTTP status: 202 accepted, 400/409/503 rejected
 * @param code the rejection code ({@code NONCE_TOO_LOW}, ...), empty when accepted
 * @param id the transaction id when accepted
 */
public record Submission(int status, String code, String id, JsonNode body) {
  public boolean accepted() {
    return status == 202;
  }

  @Override
  public String toString() {
    return "Submission[" + status + " " + (accepted() ? id : code) + " " + body + "]";
  }
}
