/**
 * Deterministic simulation of whole networks of real consensus engines under faults. Entry point:
 * {@link org.silkchain.simulation.SimulationRunner#run(SimulationConfig)}, which returns a {@link
 * org.silkchain.simulation.SimulationSummary} (one {@link
 * org.silkchain.simulation.SimulationSummary#summaryLine() line} per configuration); every {@link
 * org.silkchain.simulation.Violation} names the seed that replays it. {@link
 * org.silkchain.simulation.ConsensusCost} measures messages, bytes, signature work and latency per
 * block.
 */
package org.silkchain.simulation;
