package org.silkchain.simulation.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.silkchain.simulation.NetworkFaults;

/**
 * The faults of one seed, drawn up front from the seed: which validators are Byzantine, when GST
 * is, how lossy the network is before it, whether and how it is partitioned, which honest nodes
 * crash and when they come back. Everything settles by GST.
 */
record Scenario(
    TreeSet<Integer> byzantine,
    long gst,
    int lossPerMille,
    boolean partitioned,
    long partitionStart,
    boolean[] sideB,
    List<CrashPlan> crashes) {

  record CrashPlan(int node, long crashAt, long restartAt, boolean midStep, int afterActions) {}

  static Scenario draw(SplittableRandom rng, int n, int byzantineCount, NetworkFaults limits) {
    TreeSet<Integer> byz = new TreeSet<>();
    while (byz.size() < byzantineCount) {
      byz.add(rng.nextInt(n));
    }
    // A quarter of the seeds are calm from the start; the rest have a period of chaos.
    long gst =
        limits.maxGstMillis() == 0 || rng.nextInt(4) == 0
            ? 0
            : 1 + rng.nextLong(limits.maxGstMillis());
    int loss =
        gst == 0 || limits.maxLossPerMille() == 0 ? 0 : rng.nextInt(limits.maxLossPerMille() + 1);
    boolean partitioned = gst > 0 && rng.nextInt(1000) < limits.partitionPerMille();
    long partitionStart = partitioned ? rng.nextLong(gst / 2 + 1) : 0;
    boolean[] sideB = new boolean[n];
    if (partitioned) {
      // A random non-trivial split: at least one node on each side.
      int first = rng.nextInt(n);
      for (int i = 0; i < n; i++) {
        sideB[i] = rng.nextBoolean();
      }
      sideB[first] = !sideB[(first + 1) % n];
    }
    List<CrashPlan> crashes = new ArrayList<>();
    if (gst > 0 && rng.nextInt(1000) < limits.crashPerMille()) {
      int f = Math.max(1, (n - 1) / 3);
      int victims = 1 + rng.nextInt(f);
      TreeSet<Integer> chosen = new TreeSet<>();
      for (int tries = 0; chosen.size() < victims && tries < 4 * n; tries++) {
        int v = rng.nextInt(n);
        if (!byz.contains(v)) {
          chosen.add(v);
        }
      }
      for (int v : chosen) {
        long crashAt = rng.nextLong(gst);
        long restartAt = crashAt + 1 + rng.nextLong(gst - crashAt);
        crashes.add(new CrashPlan(v, crashAt, restartAt, rng.nextBoolean(), rng.nextInt(4)));
      }
    }
    return new Scenario(byz, gst, loss, partitioned, partitionStart, sideB, crashes);
  }

  String describe() {
    return "byzantine="
        + byzantine
        + " gst="
        + gst
        + "ms loss="
        + lossPerMille
        + "/1000 partition="
        + (partitioned ? "from " + partitionStart + "ms" : "none")
        + " crashes="
        + crashes.size();
  }
}
