/**
 * One simulated seed: the virtual clock ({@code EventQueue}), the network ({@code Network}), the
 * fault draw ({@code Scenario}), nodes driving real engines ({@code SimNode}) with their durable
 * state ({@code DurableStore}) and application ({@code CounterApplication}), Byzantine behaviour
 * ({@code Adversary}, {@code Conspiracy}) and the property checks ({@code Monitor}).
 */
package org.silkchain.simulation.world;
