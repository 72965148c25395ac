package org.silkchain.trade.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.PublicKey;
import org.silkchain.runtime.module.Empty;
import org.silkchain.runtime.validators.ValidatorCodes;
import org.silkchain.runtime.validators.ValidatorRegistry;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.governance.concentration.ConcentrationReport;
import org.silkchain.trade.governance.concentration.Share;
import org.silkchain.trade.governance.measure.AddValidator;
import org.silkchain.trade.governance.measure.RemoveValidator;

/** The validator set changes through the registry exactly as voted. */
class ValidatorSetByVoteTest {
  private final Consortium c = new Consortium();
  private final TradeChain chain = c.chain;
  private final Motions motions = new Motions(chain);
  private final List<Party> electorate =
      List.of(c.pboc, c.ecb, c.bankCn, c.bankDe, c.bankFr, c.regulator);

  private static PublicKey nodeKey(String name) {
    return TradeChain.key("node-" + name).publicKey();
  }

  private static Bytes pin(String name) {
    return TradeChain.SUITE.hash().digest(Bytes.utf8("cert-" + name)).bytes();
  }

  private static ValidatorRegistry.Entry entry(Party operator) {
    return new ValidatorRegistry.Entry(
        nodeKey(operator.name()),
        1,
        operator.id(),
        operator.name() + ":7000",
        pin(operator.name()));
  }

  @Test
  void aValidatorIsAddedAndRemovedByVoteAndTheConcentrationQueryReadsTheRegistry() {
    chain.state.putAll(
        ValidatorRegistry.genesisState(
            List.of(entry(c.bankCn), entry(c.bankDe), entry(c.regulator))));
    Proposal added =
        motions.pass(
            c.bankFr,
            new AddValidator(nodeKey("bank-fr"), 1, c.bankFr.id(), "bank-fr:7000", pin("bank-fr")),
            electorate);
    assertThat(added.status()).isEqualTo(Status.EXECUTED);
    assertThat(ValidatorRegistry.find(chain.view(), nodeKey("bank-fr"))).isPresent();
    ConcentrationReport report =
        chain.query(GovernanceModule.CONCENTRATION, GovernanceModule.NAME, Empty.INSTANCE);
    assertThat(report.totalPower()).isEqualTo(4);
    assertThat(report.jurisdictions()).contains(new Share("FR", 1, 1));

    Proposal removed =
        motions.pass(c.secretariat, new RemoveValidator(nodeKey("regulator")), electorate);
    assertThat(removed.status()).isEqualTo(Status.EXECUTED);
    assertThat(ValidatorRegistry.entries(chain.view()))
        .extracting(ValidatorRegistry.Entry::operator)
        .containsExactlyInAnyOrder(c.bankCn.id(), c.bankDe.id(), c.bankFr.id());

    // the same certificate twice: adopted, refused by the registry, recorded, set unchanged
    List<ValidatorRegistry.Entry> before = ValidatorRegistry.entries(chain.view());
    Proposal duplicate =
        motions.pass(
            c.pboc,
            new AddValidator(nodeKey("pboc"), 1, c.pboc.id(), "pboc:7000", pin("bank-fr")),
            electorate);
    assertThat(duplicate.status()).isEqualTo(Status.FAILED);
    assertThat(duplicate.execution().orElseThrow().code())
        .isEqualTo(ValidatorCodes.DUPLICATE_TLS_FINGERPRINT);
    assertThat(ValidatorRegistry.entries(chain.view())).isEqualTo(before);
  }

  @Test
  void aProposalTheRegistryCouldNeverAcceptIsRefusedAtTabling() {
    assertThat(
            chain
                .act(
                    c.bankFr,
                    GovernanceModule.TABLE,
                    GovernanceModule.NAME,
                    Table.of(
                        new AddValidator(nodeKey("x"), 1, c.bankFr.id(), "no port", pin("x")),
                        0,
                        60_000))
                .code())
        .isEqualTo(ValidatorCodes.INVALID_ADDRESS);
  }
}
