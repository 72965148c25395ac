package org.silkchain.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.runtime.execution.BlockInfo;
import org.silkchain.runtime.execution.BlockOutcome;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.currency.Movement;

/** The same transactions on the same state give the same writes and receipts, byte for byte. */
class DeterminismTest {
  @Test
  void sameBlockSameResult() {
    List<BlockOutcome> outcomes = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      Consortium c = new Consortium().withMoney(1_000_00);
      TradeChain chain = c.chain;
      List<SignedTransaction> txs = new ArrayList<>();
      long nonce = chain.nonce(c.bankCn.id());
      for (int i = 0; i < 5; i++) {
        txs.add(
            chain.sign(
                c.bankCn.id(),
                nonce + i,
                CurrencyModule.TRANSFER.payload(
                    "currency", new Movement("CNY", c.traderCn.id(), 10 + i * 1_000_00L)),
                List.of(c.bankCn.key())));
      }
      outcomes.add(
          chain.runtime.executeBlock(chain.view(), txs, new BlockInfo(100, 1_800_000_000_000L)));
    }
    assertThat(outcomes.get(0)).isInstanceOf(BlockOutcome.Valid.class);
    assertThat(outcomes.get(0)).isEqualTo(outcomes.get(1));
    var receipts = ((BlockOutcome.Valid) outcomes.get(0)).result().receipts();
    assertThat(receipts.get(1).code().value()).isEqualTo("INSUFFICIENT_FUNDS");
  }
}
