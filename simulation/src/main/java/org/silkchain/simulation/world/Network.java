package org.silkchain.simulation.world;

import java.util.SplittableRandom;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.simulation.NetworkFaults;

/**
 * The simulated network: per-message random delay (which is also how messages get reordered), loss
 * and partitions before GST, duplication throughout. Every message is encoded and decoded through
 * the wire codec, so the run exercises it and counts real bytes.
 */
final class Network {
  private final EventQueue queue;
  private final Scenario scenario;
  private final NetworkFaults limits;
  private final SplittableRandom rng;
  private final Counters counters;
  private boolean partitionActive;

  Network(
      EventQueue queue,
      Scenario scenario,
      NetworkFaults limits,
      SplittableRandom rng,
      Counters counters) {
    this.queue = queue;
    this.scenario = scenario;
    this.limits = limits;
    this.rng = rng;
    this.counters = counters;
  }

  void partition() {
    partitionActive = scenario.partitioned();
  }

  void heal() {
    partitionActive = false;
  }

  /** A message as it travels: decoded from its encoding, with the encoding's size. */
  record Wired(ConsensusMessage message, int size) {}

  /** Encodes once per send-out; the decoded copy is what every recipient gets. */
  static Wired wire(ConsensusMessage m) {
    Bytes encoded = ConsensusMessage.CODEC.encode(m);
    return new Wired(ConsensusMessage.CODEC.decode(encoded), encoded.size());
  }

  void send(int from, int to, Wired wired) {
    counters.messages++;
    counters.bytes += wired.size();
    long now = queue.now();
    boolean beforeGst = now < scenario.gst();
    if (partitionActive && scenario.sideB()[from] != scenario.sideB()[to]) {
      return;
    }
    if (beforeGst && rng.nextInt(1000) < scenario.lossPerMille()) {
      return;
    }
    queue.after(delay(beforeGst), new SimEvent.Deliver(to, from, wired.message()));
    if (rng.nextInt(1000) < limits.duplicatePerMille()) {
      queue.after(delay(beforeGst), new SimEvent.Deliver(to, from, wired.message()));
    }
  }

  private long delay(boolean beforeGst) {
    long d =
        limits.minDelayMillis()
            + rng.nextInt(limits.maxDelayMillis() - limits.minDelayMillis() + 1);
    if (beforeGst && limits.asyncExtraDelayMillis() > 0 && rng.nextInt(10) == 0) {
      d += rng.nextInt(limits.asyncExtraDelayMillis() + 1);
    }
    return d;
  }
}
