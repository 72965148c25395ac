package org.silkchain.console;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.listing.PageRequest;
import org.silkchain.trade.payments.ChargeBearer;
import org.silkchain.trade.payments.CrossBorderPay;
import org.silkchain.trade.payments.FxTerms;
import org.silkchain.trade.payments.Rate;
import org.silkchain.trade.payments.Reference;

/**
 * What the payments screens must encode byte for byte ({@code test/fixtures/payments.json},
 * compared by {@code test/payments.test.ts}): the reference that names a corridor, offer or payment
 * (request of the queries, body of {@code fx-accept} and {@code pvp-accept}), a listing page
 * request and the {@code xb-pay} body with each charge bearer.
 */
class PaymentsFixturesTest {
  @Test
  void theCheckedInFixtureIsWhatTheJavaCodecsWrite() throws Exception {
    Fixtures.check("payments", fixture());
  }

  static Map<String, Object> fixture() {
    Hash id = Hash.fromHex("c0".repeat(31) + "01");
    AccountId account = AccountId.fromHex("ab".repeat(32));
    AccountId payee = AccountId.fromHex("cd".repeat(31) + "02");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id.toHex());
    out.put("account", account.toString());
    out.put("payee", payee.toString());
    out.put("reference", Reference.CODEC.encode(new Reference(id)).toHex());
    out.put("pageFrom", 300L);
    out.put("pageLimit", 25);
    out.put("pageRequest", PageRequest.CODEC.encode(new PageRequest(account, 300L, 25)).toHex());
    out.put("pageRequestFirst", PageRequest.CODEC.encode(PageRequest.first(account)).toHex());
    out.put("endToEndId", "INV-2026.07:a_1");
    out.put("amount", 1_200L);
    for (ChargeBearer bearer : ChargeBearer.values()) {
      out.put(
          "xbPay" + bearer.name(),
          CrossBorderPay.CODEC
              .encode(new CrossBorderPay("INV-2026.07:a_1", payee, id, 1_200L, bearer))
              .toHex());
    }
    out.put(
        "xbPayLarge",
        CrossBorderPay.CODEC
            .encode(
                new CrossBorderPay("E".repeat(35), payee, id, Long.MAX_VALUE, ChargeBearer.SHAR))
            .toHex());
    out.put("expiresAtMillis", 1_800_000_000_123L);
    out.put(
        "fxTerms",
        FxTerms.CODEC
            .encode(
                new FxTerms(
                    account,
                    "SGD",
                    "CNY",
                    new Rate(1282, 4),
                    500,
                    0,
                    100_000_00L,
                    1_800_000_000_123L))
            .toHex());
    return out;
  }
}
