package org.silkchain.cli.net.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The directory of a local network as {@code silkchain genesis} lays it out: {@code genesis.json},
 * {@code members/<id>/} and one {@code nodes/<n>/} per validator, n = 1..N.
 */
public record NetworkHome(Path dir) {
  public static final String GENESIS_FILE = "genesis.json";

  public NetworkHome {
    dir = dir.toAbsolutePath().normalize();
  }

  /** True once genesis has been generated into the directory. */
  public boolean hasConsortium() {
    return Files.isRegularFile(dir.resolve(GENESIS_FILE));
  }

  public Path genesis() {
    return dir.resolve(GENESIS_FILE);
  }

  /** {@code members/<id>/}: the member's key files and, on a local network, its passphrase. */
  public Path memberDir(String memberId) {
    return dir.resolve("members").resolve(memberId);
  }

  /**
   * The nodes, in number order: every {@code nodes/<n>/} with a {@code node.yaml}.
   *
   * @throws NetException if there is no consortium, no node, or a config is unreadable
   */
  public List<NodeHome> nodes() throws NetException {
    if (!hasConsortium()) {
      throw new NetException(dir + " has no consortium (no " + GENESIS_FILE + ")");
    }
    List<Integer> numbers = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir.resolve("nodes"))) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        String name = p.getFileName().toString();
        if (name.matches("[1-9][0-9]{0,4}") && Files.isRegularFile(p.resolve("node.yaml"))) {
          numbers.add(Integer.parseInt(name));
        }
      }
    } catch (IOException e) {
      throw new NetException(dir.resolve("nodes") + ": cannot list: " + e.getMessage());
    }
    if (numbers.isEmpty()) {
      throw new NetException(dir.resolve("nodes") + " has no node (nodes/<n>/node.yaml)");
    }
    numbers.sort(null);
    List<NodeHome> nodes = new ArrayList<>(numbers.size());
    for (int n : numbers) {
      nodes.add(NodeHome.read(n, dir.resolve("nodes").resolve(Integer.toString(n))));
    }
    return List.copyOf(nodes);
  }

  /**
   * The node a command names: by number ({@code 2}) or by member id ({@code icbc}).
   *
   * @throws NetException if no node matches
   */
  public NodeHome node(String ref) throws NetException {
    List<NodeHome> nodes = nodes();
    for (NodeHome node : nodes) {
      if (ref.equals(Integer.toString(node.number())) || ref.equals(node.member())) {
        return node;
      }
    }
    List<String> known = nodes.stream().map(n -> n.number() + "=" + n.member()).toList();
    throw new NetException("no node \"" + ref + "\" in " + dir + " (nodes: " + known + ")");
  }
}
