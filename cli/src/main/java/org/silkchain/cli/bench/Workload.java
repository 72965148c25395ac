package org.silkchain.cli.bench;

import java.io.PrintWriter;
import java.util.List;
import org.silkchain.ledger.transaction.Payload;

/**
 * A kind of load: its setup (accounts and balances, made with ordinary transactions before the
 * timed phase) and the payload each load transaction carries.
 */
interface Workload {
  /** The workloads {@code bench --workload} knows, by name. */
  List<String> NAMES = List.of(TransferWorkload.NAME, FxPaymentWorkload.NAME);

  /** The workload called {@code name}, or empty. */
  static java.util.Optional<Workload> named(String name) {
    return switch (name) {
      case TransferWorkload.NAME -> java.util.Optional.of(new TransferWorkload());
      case FxPaymentWorkload.NAME -> java.util.Optional.of(new FxPaymentWorkload());
      default -> java.util.Optional.empty();
    };
  }

  /**
   * Fails unless the network's members include the roles the workload needs (checked before
   * anything is sent).
   */
  void check(BenchNetwork net) throws BenchException;

  /**
   * Runs the setup transactions and returns the load's senders and payloads.
   *
   * @throws BenchException if the network lacks a role the workload needs, or setup fails
   */
  Load prepare(BenchNetwork net, PrintWriter out) throws BenchException;

  /** The load: who sends, and what sender {@code s}'s {@code seq}-th transaction carries. */
  interface Load {
    List<Sender> senders();

    Payload payload(int sender, long seq);
  }

  /** The first {@code count} members with {@code role}, or a clear failure. */
  static List<String> need(
      BenchNetwork net, org.silkchain.node.genesis.Role role, int count, String workload)
      throws BenchException {
    List<String> ids = net.membersWith(role);
    if (ids.size() < count) {
      throw new BenchException(
          "workload "
              + workload
              + " needs "
              + count
              + " member(s) with role "
              + role.label()
              + ", the network has "
              + ids.size()
              + " "
              + ids);
    }
    return ids.subList(0, count);
  }

  /** ISO-like currency code for a central bank's jurisdiction (CN: CNY, SG: SGD, XX: XXD). */
  static String currencyOf(String jurisdiction) {
    return switch (jurisdiction) {
      case "CN" -> "CNY";
      case "EU", "DE", "FR" -> "EUR";
      case "GB" -> "GBP";
      case "JP" -> "JPY";
      case "US" -> "USD";
      default -> jurisdiction.toUpperCase() + "D";
    };
  }
}
