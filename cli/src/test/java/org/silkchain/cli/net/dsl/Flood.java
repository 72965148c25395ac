package org.silkchain.cli.net.dsl;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Submits {@code kv/put} transactions from several member accounts at a target rate, from one or
 * more client threads ("lanes") per account, the lanes spread over the nodes. It tallies the nodes'
 * answers by code.
 *
 * <p>Lane k of L owns the account's nonces {@code start + k + j*L}: it moves to its next one on
 * acceptance (or when the chain has used it), and otherwise offers the same nonce again, as a
 * client backing off would. Owning disjoint nonces, lanes need no coordination.
 */
public final class Flood {
  /** The tally key of an accepted submission. */
  public static final String ACCEPTED = "ACCEPTED";

  /** One client thread's share of an account's nonces. */
  private static final class Lane {
    final Account account;
    final Node target;
    final int step;
    long nonce;

    Lane(Account account, Node target, long firstNonce, int step) {
      this.account = account;
      this.target = target;
      this.nonce = firstNonce;
      this.step = step;
    }
  }

  private final List<Lane> lanes = new ArrayList<>();
  private final Map<String, LongAdder> tally = new ConcurrentHashMap<>();
  private final LongAdder errors = new LongAdder();

  /**
   * @param lanesPerSender client threads per account, in the order they are spread over {@code
   *     targets}; an account with more lanes sends a larger share of the flood
   */
  public Flood(Map<Account, Integer> lanesPerSender, List<Node> targets) {
    int i = 0;
    for (Map.Entry<Account, Integer> e : lanesPerSender.entrySet()) {
      Account a = e.getKey();
      for (int k = 0; k < e.getValue(); k++) {
        lanes.add(new Lane(a, targets.get(i++ % targets.size()), a.nextNonce() + k, e.getValue()));
      }
    }
  }

  /**
   * Submits at {@code perSecond} (all threads together) for {@code duration}; returns the number of
   * submissions made. Permits are released every 10 ms by a timer; a thread waits on them. The
   * tally restarts; the nonces carry on from the previous run.
   */
  public long run(double perSecond, Duration duration) throws InterruptedException {
    tally.clear();
    errors.reset();
    Semaphore permits = new Semaphore(0);
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    double perTick = perSecond / 100.0;
    double[] carry = {0};
    int burstCap = (int) Math.max(16, perSecond / 10);
    timer.scheduleAtFixedRate(
        () -> {
          carry[0] += perTick;
          int whole = (int) carry[0];
          carry[0] -= whole;
          if (permits.availablePermits() < burstCap) {
            permits.release(whole);
          }
        },
        0,
        10,
        TimeUnit.MILLISECONDS);
    long deadline = System.nanoTime() + duration.toNanos();
    LongAdder sent = new LongAdder();
    Thread[] threads = new Thread[lanes.size()];
    for (int i = 0; i < lanes.size(); i++) {
      Lane lane = lanes.get(i);
      threads[i] =
          Thread.ofPlatform()
              .name("flood-" + lane.account.member() + "-" + i)
              .start(
                  () -> {
                    while (System.nanoTime() < deadline) {
                      try {
                        if (!permits.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                          continue;
                        }
                      } catch (InterruptedException e) {
                        return;
                      }
                      submitOne(lane);
                      sent.increment();
                    }
                  });
    }
    try {
      for (Thread t : threads) {
        t.join();
      }
    } finally {
      timer.shutdownNow();
    }
    return sent.sum();
  }

  private void submitOne(Lane lane) {
    long nonce = lane.nonce;
    Account account = lane.account;
    Submission s;
    try {
      s =
          lane.target.submit(
              account.kvPut("flood-" + nonce, "v" + nonce, nonce, account.chainId()));
    } catch (UncheckedIOException e) {
      errors.increment(); // an overloaded node may time out; that is not a rejection code
      return;
    }
    String key = s.accepted() ? ACCEPTED : s.code();
    tally.computeIfAbsent(key, k -> new LongAdder()).increment();
    if (s.accepted() || key.equals("NONCE_TOO_LOW")) {
      lane.nonce = nonce + lane.step;
    }
  }

  /** Answers so far by code ({@link #ACCEPTED} for 202), plus "IO_ERROR" for failed requests. */
  public Map<String, Long> tally() {
    Map<String, Long> out = new TreeMap<>();
    tally.forEach((k, v) -> out.put(k, v.sum()));
    if (errors.sum() > 0) {
      out.put("IO_ERROR", errors.sum());
    }
    return out;
  }

  public long count(String code) {
    LongAdder a = tally.get(code);
    return a == null ? 0 : a.sum();
  }
}
