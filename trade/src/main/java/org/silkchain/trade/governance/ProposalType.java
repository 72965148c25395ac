package org.silkchain.trade.governance;

import java.util.Optional;

/**
 * What a proposal may do. Each type has its own {@link
 * org.silkchain.trade.governance.voting.RuleSet}; texts are split by kind because the WTO Agreement
 * sets different majorities for decisions, amendments, waivers and interpretations.
 */
public enum ProposalType {
  ADMIT_MEMBER(1, "admit-member"),
  SUSPEND_MEMBER(2, "suspend-member"),
  REINSTATE_MEMBER(3, "reinstate-member"),
  REMOVE_MEMBER(4, "remove-member"),
  ADD_VALIDATOR(5, "add-validator"),
  REMOVE_VALIDATOR(6, "remove-validator"),
  SET_BASKET(7, "set-basket"),
  SET_PARAMETER(8, "set-parameter"),
  /** A decision of the members (simple majority by default). */
  ADOPT_DECISION(9, "adopt-decision"),
  /** A trade rule: an amendment of the network's rules (two thirds by default). */
  ADOPT_TRADE_RULE(10, "adopt-trade-rule"),
  /** A waiver of an obligation (three quarters by default). */
  ADOPT_WAIVER(11, "adopt-waiver"),
  /** An authoritative interpretation (three quarters by default). */
  ADOPT_INTERPRETATION(12, "adopt-interpretation"),
  /** A dispute-settlement report (reverse consensus by default). */
  ADOPT_DS_REPORT(13, "adopt-ds-report"),
  /** Changes the rule set of one proposal type. */
  CHANGE_RULES(14, "change-rules"),
  /** Declares (or dissolves) a group of members under common control. */
  DECLARE_CONTROL_GROUP(15, "declare-control-group");

  private final int code;
  private final String label;

  ProposalType(int code, String label) {
    this.code = code;
    this.label = label;
  }

  public int code() {
    return code;
  }

  public String label() {
    return label;
  }

  public boolean isText() {
    return this == ADOPT_DECISION
        || this == ADOPT_TRADE_RULE
        || this == ADOPT_WAIVER
        || this == ADOPT_INTERPRETATION
        || this == ADOPT_DS_REPORT;
  }

  public static Optional<ProposalType> fromCode(int code) {
    for (ProposalType t : values()) {
      if (t.code == code) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
