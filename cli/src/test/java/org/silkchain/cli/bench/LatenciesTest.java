package org.silkchain.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {
  private static final long MS = 1_000_000;

  @Test
  void nearestRankPercentilesOfOneToHundredMilliseconds() {
    // Shuffled on purpose: the percentiles must not depend on the order of the sample.
    long[] sample = LongStream.rangeClosed(1, 100).map(i -> ((i * 37) % 100 + 1) * MS).toArray();

    Latencies l = Latencies.ofNanos(sample);

    assertThat(l.count()).isEqualTo(100);
    assertThat(l.p50()).isEqualTo(50.0);
    assertThat(l.p95()).isEqualTo(95.0);
    assertThat(l.p99()).isEqualTo(99.0);
    assertThat(l.max()).isEqualTo(100.0);
    assertThat(l.mean()).isEqualTo(50.5);
  }

  @Test
  void aSmallSampleTakesTheNextValueUpNotAnInterpolation() {
    long[] sample = {10 * MS, 20 * MS, 30 * MS, 1000 * MS};

    Latencies l = Latencies.ofNanos(sample);

    // rank ceil(0.5 * 4) = 2 -> 20 ms; ceil(0.95 * 4) = 4 -> the outlier.
    assertThat(l.p50()).isEqualTo(20.0);
    assertThat(l.p95()).isEqualTo(1000.0);
    assertThat(l.p99()).isEqualTo(1000.0);
    assertThat(l.max()).isEqualTo(1000.0);
  }

  @Test
  void theInputIsNotReordered() {
    long[] sample = {3 * MS, 1 * MS, 2 * MS};

    Latencies.ofNanos(sample);

    assertThat(sample).containsExactly(3 * MS, 1 * MS, 2 * MS);
  }

  @Test
  void anEmptySampleReportsZeros() {
    assertThat(Latencies.ofNanos(new long[0])).isEqualTo(new Latencies(0, 0, 0, 0, 0, 0));
  }

  @Test
  void subMillisecondPrecisionIsKeptToHundredths() {
    assertThat(Latencies.ofNanos(new long[] {1_234_567}).p50()).isEqualTo(1.23);
  }
}
