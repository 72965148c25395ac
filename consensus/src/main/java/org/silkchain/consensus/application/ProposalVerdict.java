package org.silkchain.consensus.application;

/** The application's judgment of a proposed block ({@code valid(v)} in the Tendermint paper). */
public enum ProposalVerdict {
  ACCEPT,
  REJECT
}
