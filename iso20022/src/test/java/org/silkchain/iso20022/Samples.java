package org.silkchain.iso20022;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.silkchain.iso20022.common.Account;
import org.silkchain.iso20022.common.Agent;
import org.silkchain.iso20022.common.Money;
import org.silkchain.iso20022.common.Party;
import org.silkchain.iso20022.common.PostalAddress;
import org.silkchain.iso20022.pacs008.ChargeBearer;
import org.silkchain.iso20022.pacs008.CreditTransfer;
import org.silkchain.iso20022.pacs008.CreditTransferBuilder;

/** Realistic transfers shared by the tests. */
public final class Samples {
  public static final Instant CREATED = Instant.parse("2026-03-05T10:15:30.123Z");
  public static final LocalDate SETTLED_ON = LocalDate.of(2026, 3, 5);

  private Samples() {}

  /** A builder filled with valid values for every required field (EUR, no FX). */
  public static CreditTransferBuilder minimal() {
    return CreditTransfer.builder()
        .messageId("SILK-MSG-0001")
        .creationDateTime(CREATED)
        .endToEndId("E2E-0001")
        .uetr("eb6305c9-1f7f-49de-aed0-16487c27b42d")
        .txId("TX-0001")
        .instructionId("INSTR-0001")
        .interbankSettlementAmount(new Money("EUR", 100_00))
        .interbankSettlementDate(SETTLED_ON)
        .chargeBearer(ChargeBearer.SLEV)
        .debtor(Party.named("Debtor Ltd"))
        .debtorAccount(Account.other("silk1debtor", "SILKCHAIN"))
        .debtorAgent(Agent.of("BANKGB2L"))
        .creditorAgent(Agent.of("BANKDEFFXXX"))
        .creditor(Party.named("Creditor GmbH"))
        .creditorAccount(Account.iban("DE89370400440532013000"));
  }

  /**
   * USD 10,000.00 instructed by a New York importer to a Frankfurt exporter, charges shared: the
   * debtor agent takes USD 15.00 and the rest settles as EUR at 0.9215 = EUR 9,201.18.
   */
  public static CreditTransfer usdToEur() {
    return CreditTransfer.builder()
        .messageId("SILK-20260305-000042")
        .creationDateTime(CREATED)
        .endToEndId("INV-2026-0042")
        .uetr("8a562c67-ca16-48ba-b074-65581be6f001")
        .txId("0x7f3a9c21e5d04b8a")
        .instructionId("CHAS-INSTR-42")
        .interbankSettlementAmount(new Money("EUR", 920_118))
        .interbankSettlementDate(SETTLED_ON)
        .instructedAmount(new Money("USD", 1_000_000))
        .exchangeRate(new BigDecimal("0.9215"))
        .chargeBearer(ChargeBearer.SHAR)
        .charge(new Money("USD", 1_500), Agent.of("CHASUS33"))
        .debtor(
            new Party(
                "Acme Trading Inc.",
                Optional.of(
                    new PostalAddress(
                        Optional.of("Broadway"),
                        Optional.of("1585"),
                        Optional.of("10036"),
                        "New York",
                        "US")),
                Optional.of("5493001KJTIIGC8Y1R12")))
        .debtorAccount(Account.other("silk1acme7x2q9", "SILKCHAIN"))
        .debtorAgent(
            new Agent("CHASUS33", Optional.of("JPMorgan Chase Bank, N.A."), Optional.of("P-0007")))
        .creditorAgent(new Agent("DEUTDEFFXXX", Optional.empty(), Optional.of("P-0012")))
        .creditor(Party.of("Müller Maschinenbau GmbH", PostalAddress.of("Frankfurt am Main", "DE")))
        .creditorAccount(Account.iban("DE89370400440532013000"))
        .remittanceInformation("Invoice INV-2026-0042, 12 CNC spindles")
        .build();
  }

  /** JPY 1,500,000 (no decimals) from Tokyo to Singapore. */
  public static CreditTransfer jpy() {
    return minimal()
        .messageId("SILK-JPY-1")
        .interbankSettlementAmount(new Money("JPY", 1_500_000))
        .debtor(Party.of("株式会社サクラ商事", PostalAddress.of("東京", "JP")))
        .debtorAgent(Agent.of("MHCBJPJT"))
        .creditorAgent(Agent.of("DBSSSGSG"))
        .creditor(Party.of("Lion City Components Pte. Ltd.", PostalAddress.of("Singapore", "SG")))
        .creditorAccount(Account.other("0039-123456-7", "DBS"))
        .chargeBearer(ChargeBearer.DEBT)
        .build();
  }

  /** KWD 1,234.567 (three decimals) from Kuwait City to Abu Dhabi. */
  public static CreditTransfer kwd() {
    return minimal()
        .messageId("SILK-KWD-1")
        .interbankSettlementAmount(new Money("KWD", 1_234_567))
        .debtorAgent(Agent.of("NBOKKWKW"))
        .creditorAgent(Agent.of("ADCBAEAA"))
        .creditorAccount(Account.iban("AE070331234567890123456"))
        .build();
  }

  /** CNY 88,888.88 from Hong Kong to a Shanghai payee with a Chinese name and remittance text. */
  public static CreditTransfer chinesePayee() {
    return minimal()
        .messageId("SILK-CNY-1")
        .interbankSettlementAmount(new Money("CNY", 8_888_888))
        .debtor(Party.of("Kowloon Trading Co. Ltd.", PostalAddress.of("Hong Kong", "HK")))
        .debtorAgent(Agent.of("HSBCHKHH"))
        .creditorAgent(new Agent("BKCHCNBJ300", Optional.of("中国银行上海分行"), Optional.empty()))
        .creditor(Party.of("上海丝路贸易有限公司", PostalAddress.of("上海", "CN")))
        .creditorAccount(Account.other("6217000010001234567", "CNAPS"))
        .remittanceInformation("货款 发票号 INV-2026-001")
        .build();
  }
}
