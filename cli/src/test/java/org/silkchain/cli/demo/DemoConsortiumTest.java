package org.silkchain.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.cli.Main;
import org.silkchain.cli.net.local.NetworkHome;
import org.silkchain.cli.net.local.NodeHome;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.identity.Member;

/** The demo's members file is one {@code silkchain genesis} accepts, with the story's cast. */
class DemoConsortiumTest {
  @TempDir Path tmp;

  @Test
  void genesisAcceptsTheMembersAndTheFirstFourAreTheValidators() throws Exception {
    Path members = tmp.resolve("members.yaml");
    Files.writeString(members, DemoConsortium.membersYaml());
    StringWriter err = new StringWriter();
    var cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));

    int code =
        cli.execute(
            "genesis", "--members", members.toString(), "--out", tmp.resolve("net").toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(new NetworkHome(tmp.resolve("net")).nodes())
        .extracting(NodeHome::member)
        .containsExactly(
            DemoConsortium.PBC, DemoConsortium.ECB, DemoConsortium.BOC, DemoConsortium.DB);
    for (String id :
        new String[] {
          DemoConsortium.SCB,
          DemoConsortium.EXPORTER,
          DemoConsortium.IMPORTER,
          DemoConsortium.CARRIER,
          DemoConsortium.BOE,
          DemoConsortium.BOJ,
          DemoConsortium.FED
        }) {
      assertThat(new NetworkHome(tmp.resolve("net")).memberDir(id).resolve("signing.key"))
          .isRegularFile();
    }
  }

  @Test
  void theBanksDirectoryHasAValidBicForEveryPaymentAgentAndNoneForOthers() {
    AccountId any = AccountId.fromHex("00".repeat(32));
    for (String bank : new String[] {DemoConsortium.BOC, DemoConsortium.DB, DemoConsortium.SCB}) {
      String bic = DemoConsortium.bic(bank).orElseThrow();
      // Member's constructor rejects a malformed BIC: the export would fail on it.
      assertThat(
              new Member(bank, bank, java.util.Set.of(), "CN", java.util.Optional.of(bic), any)
                  .bic())
          .contains(bic);
    }
    assertThat(DemoConsortium.bic(DemoConsortium.PBC)).isEmpty();
  }
}
