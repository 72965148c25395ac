package org.silkchain.trade.kv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.receipt.Receipt;
import org.silkchain.trade.TradeChain;

class KvTest {
  private final TradeChain chain = new TradeChain();

  @Test
  void anyMemberWritesUnderItsOwnAccount() {
    TradeChain.Party trader = chain.member("acme", "DE", null, Role.TRADER);
    TradeChain.Party carrier = chain.member("ship", "SG", null, Role.CARRIER);
    chain.ok(trader, KvModule.PUT, KvModule.NAME, new KvPut("order/1", Bytes.utf8("qty=1")));
    chain.ok(carrier, KvModule.PUT, KvModule.NAME, new KvPut("order/1", Bytes.utf8("loaded")));
    assertThat(chain.state.get(KvModule.key(trader.id(), "order/1")))
        .isEqualTo(Bytes.utf8("qty=1"));
    assertThat(chain.state.get(KvModule.key(carrier.id(), "order/1")))
        .isEqualTo(Bytes.utf8("loaded"));
    assertThat(KvModule.key(trader.id(), "k"))
        .isEqualTo(Bytes.utf8("kv/" + trader.id().bytes().toHex() + "/k"));
  }

  @Test
  void wireFormIsTheNodeContracts() {
    // string(key) = varint length + UTF-8, then bytes(value) = varint length + bytes; no header.
    assertThat(new KvPut("k", Bytes.fromHex("0102")).encode())
        .isEqualTo(Bytes.fromHex("016b020102"));
  }

  @Test
  void oversizedValueIsAMalformedBodyThatStillConsumesTheNonce() {
    TradeChain.Party trader = chain.member("acme", "DE", null, Role.TRADER);
    Bytes body =
        KvPut.CODEC.encode(new KvPut("k", Bytes.wrap(new byte[KvPut.MAX_VALUE_BYTES + 1])));
    var result =
        chain.submit(trader.id(), List.of(trader.key()), new Payload(KvModule.NAME, "put", body));
    Receipt receipt = ((org.silkchain.runtime.execution.TxResult.Executed) result).receipt();
    assertThat(receipt.code().value()).isEqualTo("MALFORMED_BODY");
    assertThat(chain.nonce(trader.id())).isEqualTo(1);
    assertThat(chain.state.get(KvModule.key(trader.id(), "k"))).isNull();
  }
}
