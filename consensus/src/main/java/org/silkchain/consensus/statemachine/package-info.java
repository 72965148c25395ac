/**
 * The Tendermint state machine: {@link org.silkchain.consensus.statemachine.TendermintEngine} takes
 * {@link org.silkchain.consensus.statemachine.ConsensusEvent}s and returns {@link
 * org.silkchain.consensus.statemachine.ConsensusAction}s; {@code RoundRules} holds the rules of
 * Algorithm 1, {@code MessageIntake} routes and validates what arrives, {@code Outbox} is the only
 * place that signs. See {@code docs/consensus.md}.
 */
package org.silkchain.consensus.statemachine;
