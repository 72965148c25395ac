package org.silkchain.cli.demo;

import java.util.Map;
import java.util.Optional;

/**
 * The demo's consortium: fictional "Demo" institutions modelled on real ones, so that nobody
 * mistakes the output for a real bank's. The first four are the validators. The European Central
 * Bank sits in DE (Frankfurt): the members file wants an ISO 3166-1 country and the euro area is
 * not one. Bank of England, Bank of Japan and the Federal Reserve are there so that the SDR-like
 * basket (CNY, EUR, GBP, JPY, USD) can be deposited and redeemed.
 */
public final class DemoConsortium {
  public static final String CHAIN_ID = "silk-demo";

  public static final String PBC = "pbc";
  public static final String ECB = "ecb";
  public static final String BOC = "boc";
  public static final String DB = "db";
  public static final String SCB = "scb";
  public static final String BOE = "boe";
  public static final String BOJ = "boj";
  public static final String FED = "fed";
  public static final String EXPORTER = "shanghai-silk";
  public static final String IMPORTER = "hamburg-import";
  public static final String CARRIER = "carrier";
  public static final String CUSTOMS = "customs";
  public static final String REGULATOR = "regulator";

  /**
   * The banks' BICs. Genesis does not carry BICs yet, so they come from the exporting bank's own
   * directory, as the names of the payment's parties do: a pacs.008 needs them.
   */
  private static final Map<String, String> BICS =
      Map.of(BOC, "BKCHCNBJ", DB, "DEUTDEFF", SCB, "SCBLSGSG");

  private DemoConsortium() {}

  public static Optional<String> bic(String memberId) {
    return Optional.ofNullable(BICS.get(memberId));
  }

  /** The members file for {@code silkchain genesis}. */
  public static String membersYaml() {
    return """
        # The Silkchain demo consortium: fictional institutions, loopback only.
        chainId: %s
        suite: ed25519
        members:
          - { name: "Demo People's Bank of China", id: pbc, roles: [central-bank], jurisdiction: CN, validator: true }
          - { name: "Demo European Central Bank", id: ecb, roles: [central-bank], jurisdiction: DE, validator: true }
          - { name: "Demo Bank of China", id: boc, roles: [commercial-bank], jurisdiction: CN, validator: true }
          - { name: "Demo Deutsche Bank", id: db, roles: [commercial-bank], jurisdiction: DE, validator: true }
          - { name: "Demo Standard Chartered", id: scb, roles: [commercial-bank], jurisdiction: SG, validator: false }
          - { name: "Demo Bank of England", id: boe, roles: [central-bank], jurisdiction: GB, validator: false }
          - { name: "Demo Bank of Japan", id: boj, roles: [central-bank], jurisdiction: JP, validator: false }
          - { name: "Demo Federal Reserve", id: fed, roles: [central-bank], jurisdiction: US, validator: false }
          - { name: "Shanghai Silk Export Co. (demo)", id: shanghai-silk, roles: [trader], jurisdiction: CN, validator: false }
          - { name: "Hamburg Import GmbH (demo)", id: hamburg-import, roles: [trader], jurisdiction: DE, validator: false }
          - { name: "Demo Ocean Carrier", id: carrier, roles: [carrier], jurisdiction: SG, validator: false }
          - { name: "Demo China Customs", id: customs, roles: [customs], jurisdiction: CN, validator: false }
          - { name: "Demo Trade Regulator", id: regulator, roles: [regulator], jurisdiction: CH, validator: false }
        """
        .formatted(CHAIN_ID);
  }
}
