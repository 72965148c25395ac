package org.silkchain.iso20022.common;

import java.util.Objects;

/**
 * A charge taken from a payment ({@code Charges7}): the amount and the agent that took it. The
 * amount may be zero, which is how a "no charges" line is reported.
 */
public record Charge(Money amount, Agent agent) {
  public Charge {
    Objects.requireNonNull(amount, "charge.amount");
    Objects.requireNonNull(agent, "charge.agent");
  }
}
