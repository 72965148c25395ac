package org.silkchain.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeUsageTest {
  @Test
  void cpuTicksAreUtimePlusStimeCountedAfterTheCommandName() {
    // The command name holds a space and a ')': fields must be counted after the last ')'.
    String stat =
        "4242 (java (node) 1) S 1 4242 4242 0 -1 4194560 12345 0 0 0 700 55 0 0 20 0 40 0 1 2 3";

    assertThat(NodeUsage.cpuTicks(stat)).hasValue(755);
  }

  @Test
  void aTruncatedStatLineHasNoCpuFigure() {
    assertThat(NodeUsage.cpuTicks("4242 (java) S 1 2")).isEmpty();
    assertThat(NodeUsage.cpuTicks("garbage")).isEmpty();
  }

  @Test
  void rssIsVmRssInBytes() {
    String status = "Name:\tjava\nVmPeak:\t 9000 kB\nVmRSS:\t  210432 kB\nThreads:\t40\n";

    assertThat(NodeUsage.rssBytesOf(status)).hasValue(210432L * 1024);
  }

  @Test
  void aStatusWithoutVmRssHasNoMemoryFigure() {
    assertThat(NodeUsage.rssBytesOf("Name:\tzombie\nState:\tZ\n")).isEmpty();
  }

  @Test
  void thisProcessIsMeasurable() {
    long pid = ProcessHandle.current().pid();

    assertThat(NodeUsage.rssBytes(pid).orElse(0)).isPositive();
    assertThat(NodeUsage.cpuTicks(pid)).isPresent();
  }
}
