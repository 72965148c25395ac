package org.silkchain.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.identity.Identities;
import org.silkchain.trade.identity.OpenCustomer;
import org.silkchain.trade.payments.PvpTerms;

/**
 * What the commercial bank's own actions must encode byte for byte ({@code
 * test/fixtures/bankops.json}, compared by {@code test/bankops.test.ts}): the {@code
 * identity/open-customer} body, the customer account id the bank's onboarding derives from it, and
 * the {@code payments/pvp-offer} body.
 */
class BankOpsFixturesTest {
  @Test
  void theCheckedInFixtureIsWhatTheJavaCodecsWrite() throws Exception {
    Fixtures.check("bankops", fixture());
  }

  static Map<String, Object> fixture() {
    SignatureSuite suite = SignatureSuite.of(SuiteId.ED25519);
    AccountId bank = AccountId.fromHex("b1".repeat(31) + "02");
    AccountId counterparty = AccountId.fromHex("ca".repeat(31) + "03");
    PublicKey customerKey = new PublicKey(SuiteId.ED25519, Bytes.fromHex("5e".repeat(31) + "07"));
    Hash kyc = Hash.fromHex("4b".repeat(31) + "09");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("bank", bank.toString());
    out.put("customerKey", customerKey.bytes().toHex());
    out.put("kycHash", kyc.toHex());
    out.put("jurisdiction", "SG");
    out.put(
        "openCustomer",
        OpenCustomer.CODEC.encode(new OpenCustomer(List.of(customerKey), 1, kyc, "SG")).toHex());
    out.put(
        "customerAccount",
        Identities.customerAccountId(suite.hash(), bank, List.of(customerKey)).toString());
    out.put("counterparty", counterparty.toString());
    out.put("expiresAtMillis", 1_800_000_000_123L);
    out.put(
        "pvpOffer",
        PvpTerms.CODEC
            .encode(new PvpTerms(counterparty, "SGD", 10_000L, "CNY", 52_000L, 1_800_000_000_123L))
            .toHex());
    out.put(
        "pvpOfferLarge",
        PvpTerms.CODEC
            .encode(new PvpTerms(counterparty, "CNY", Long.MAX_VALUE, "SGD", 1L, Long.MAX_VALUE))
            .toHex());
    return out;
  }
}
