package org.silkchain.simulation;

/** What a Byzantine validator does in a simulation. */
public enum ByzantineBehaviour {
  /** Sends nothing at all (a crashed or withholding validator). */
  SILENT,
  /**
   * Colludes with the other Byzantine validators to split the honest ones in two halves: as
   * proposer it sends a different valid block to each half, and all colluders send each half votes
   * for "its" block. With more than f colluders this forks an unsafe engine.
   */
  EQUIVOCATE,
  /** Sends every vote twice, with conflicting values, to everyone (evidence is expected). */
  DOUBLE_VOTE,
  /** Proposes blocks the application rejects, and votes for them. */
  INVALID_BLOCKS,
  /** Corrupts the signature of everything it sends. */
  BAD_SIGNATURES,
  /** Also sends correctly signed votes for future heights and far-future rounds. */
  FUTURE_MESSAGES
}
