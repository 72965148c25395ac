package org.silkchain.trade.governance;

import org.silkchain.runtime.result.ResultCode;

/** The governance module's own result codes ({@code governance.*}); stable, do not rename. */
public final class GovernanceCodes {
  /** The sender is not a member of the consortium. */
  public static final ResultCode NOT_A_MEMBER = code("NOT_A_MEMBER");

  /** The sender's membership rights are suspended. */
  public static final ResultCode SUSPENDED = code("SUSPENDED");

  /** The rule set lets only members with certain roles table this type. */
  public static final ResultCode NOT_ALLOWED_TO_TABLE = code("NOT_ALLOWED_TO_TABLE");

  /** A deliberation or voting period shorter than the rules allow, or absurdly long. */
  public static final ResultCode INVALID_PERIOD = code("INVALID_PERIOD");

  /** An execution height that is not in the future. */
  public static final ResultCode INVALID_HEIGHT = code("INVALID_HEIGHT");

  /** No proposal with that id. */
  public static final ResultCode UNKNOWN_PROPOSAL = code("UNKNOWN_PROPOSAL");

  /** The proposal is withdrawn, closed or executed. */
  public static final ResultCode NOT_OPEN = code("NOT_OPEN");

  /** Only the author may withdraw. */
  public static final ResultCode NOT_AUTHOR = code("NOT_AUTHOR");

  /** The deliberation period is not over: voting has not opened. */
  public static final ResultCode DELIBERATION = code("DELIBERATION");

  /** The voting deadline has passed. */
  public static final ResultCode VOTING_CLOSED = code("VOTING_CLOSED");

  /** The deadline has not passed: the vote can still change, so it cannot be closed. */
  public static final ResultCode VOTING_OPEN = code("VOTING_OPEN");

  /** The sender may not vote (the secretariat, for one). */
  public static final ResultCode NOT_ELIGIBLE = code("NOT_ELIGIBLE");

  /** Execute on a proposal that is not adopted and waiting for its height. */
  public static final ResultCode NOT_SCHEDULED = code("NOT_SCHEDULED");

  /** Execute before the proposal's execution height. */
  public static final ResultCode TOO_EARLY = code("TOO_EARLY");

  /** An unknown parameter or a value out of its bounds. */
  public static final ResultCode INVALID_PARAMETER = code("INVALID_PARAMETER");

  /** A control group naming an account that is not a member. */
  public static final ResultCode INVALID_GROUP = code("INVALID_GROUP");

  /** A text with the same content was already adopted. */
  public static final ResultCode TEXT_EXISTS = code("TEXT_EXISTS");

  private GovernanceCodes() {}

  private static ResultCode code(String name) {
    return ResultCode.of(GovernanceModule.NAME, name);
  }
}
