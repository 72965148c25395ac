package org.silkchain.node.logging;

/**
 * The node, height and round every log line carries. Process-wide: a node process runs one node,
 * and the consensus driver updates height and round as it goes. (Several nodes in one JVM, as in
 * tests, share it; their lines then name whichever node updated last.)
 */
public final class LogContext {
  private static volatile String node = "-";
  private static volatile long height = -1;
  private static volatile int round = -1;

  private LogContext() {}

  public static void node(String memberId) {
    node = memberId;
  }

  public static void position(long h, int r) {
    height = h;
    round = r;
  }

  public static String node() {
    return node;
  }

  public static long height() {
    return height;
  }

  public static int round() {
    return round;
  }
}
