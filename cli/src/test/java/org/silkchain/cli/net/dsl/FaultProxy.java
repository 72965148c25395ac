package org.silkchain.cli.net.dsl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay between every ordered pair of nodes, on 127.0.0.1, run by the test JVM: node {@code
 * i} dials node {@code j} at {@link #port(int, int)}, which forwards to {@code j}'s real p2p port.
 * {@link #cutOff} closes every relayed connection to or from a node and refuses new ones until
 * {@link #heal}: a real network partition as TCP sees it (resets, refused dials), not a paused
 * process. Bytes pass through untouched (TLS is end to end).
 */
public final class FaultProxy implements AutoCloseable {
  private record Link(int from, int to) {}

  private final Map<Link, ServerSocket> listeners =
      new TreeMap<>(
          (a, b) ->
              a.from() != b.from()
                  ? Integer.compare(a.from(), b.from())
                  : Integer.compare(a.to(), b.to()));
  private final Map<Integer, Integer> targetPorts;
  private final Set<Integer> isolated = ConcurrentHashMap.newKeySet();
  private final Map<Socket, Link> open = new ConcurrentHashMap<>();
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private volatile boolean closed;

  /**
   * Opens one listener per ordered pair of {@code p2pPorts}' keys (node number to real p2p port).
   */
  public FaultProxy(Map<Integer, Integer> p2pPorts) throws IOException {
    this.targetPorts = Map.copyOf(p2pPorts);
    InetAddress loopback = InetAddress.getLoopbackAddress();
    for (int from : p2pPorts.keySet()) {
      for (int to : p2pPorts.keySet()) {
        if (from != to) {
          ServerSocket server = new ServerSocket(0, 16, loopback);
          Link link = new Link(from, to);
          listeners.put(link, server);
          threads.submit(() -> accept(link, server));
        }
      }
    }
  }

  /** The port node {@code from} dials to reach node {@code to}. */
  public int port(int from, int to) {
    ServerSocket s = listeners.get(new Link(from, to));
    if (s == null) {
      throw new IllegalArgumentException("no link " + from + " -> " + to);
    }
    return s.getLocalPort();
  }

  /** Cuts every link of {@code node}, both directions, until {@link #heal}. */
  public void cutOff(int node) {
    isolated.add(node);
    for (Map.Entry<Socket, Link> e : open.entrySet()) {
      if (e.getValue().from() == node || e.getValue().to() == node) {
        closeQuietly(e.getKey());
      }
    }
  }

  public void heal(int node) {
    isolated.remove(node);
  }

  /** Relayed connections currently open (both sockets of a pair count once each). */
  public int openConnections() {
    return open.size();
  }

  private boolean blocked(Link link) {
    return isolated.contains(link.from()) || isolated.contains(link.to());
  }

  private void accept(Link link, ServerSocket server) {
    while (!closed) {
      Socket inbound;
      try {
        inbound = server.accept();
      } catch (IOException e) {
        return; // closed
      }
      if (blocked(link)) {
        closeQuietly(inbound);
        continue;
      }
      threads.submit(() -> relay(link, inbound));
    }
  }

  private void relay(Link link, Socket inbound) {
    Socket outbound = new Socket();
    open.put(inbound, link);
    open.put(outbound, link);
    try {
      outbound.connect(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPorts.get(link.to())),
          2000);
      if (blocked(link)) {
        return;
      }
      threads.submit(() -> pump(outbound, inbound));
      pump(inbound, outbound);
    } catch (IOException e) {
      // Target down or link cut: the dialer sees its connection close, as on a real network.
    } finally {
      closeQuietly(inbound);
      closeQuietly(outbound);
    }
  }

  private void pump(Socket from, Socket to) {
    byte[] buf = new byte[16 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buf)) >= 0) {
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      // One side closed or was cut.
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private void closeQuietly(Socket s) {
    open.remove(s);
    try {
      s.close();
    } catch (IOException e) {
      // Already closed.
    }
  }

  @Override
  public void close() {
    closed = true;
    List<AutoCloseable> all = new ArrayList<>(listeners.values());
    all.addAll(open.keySet());
    for (AutoCloseable c : all) {
      try {
        c.close();
      } catch (Exception e) {
        // Closing everything; one failure must not keep the others open.
      }
    }
    threads.shutdownNow();
  }
}
