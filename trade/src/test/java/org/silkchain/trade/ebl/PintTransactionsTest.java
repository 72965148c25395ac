package org.silkchain.trade.ebl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.silkchain.trade.ebl.Shipping.assertOk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.ebl.SurrenderRequest.Purpose;

/** The chain of holders exports as DCSA PINT 3.0 transactions that validate against PINT. */
class PintTransactionsTest {
  private static final Schema TRANSACTION =
      SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30())
          .getSchema(
              SchemaLocation.of(
                  "classpath:dcsa/EBL_PINT_v3.0.0.yaml#/components/schemas/Transaction"));

  private final Shipping s = new Shipping();
  private final Party shipper = s.consortium.traderCn;
  private final Party bankCn = s.consortium.bankCn;
  private final Party buyer = s.consortium.traderDe;

  @Test
  void wholeLifeExportsAsValidPintTransactions() {
    Hash id = s.issueToOrder(shipper);
    assertOk(s.endorse(shipper, id, bankCn));
    assertOk(s.endorseInBlank(bankCn, id));
    assertOk(s.transfer(bankCn, id, buyer));
    assertOk(s.custody(buyer, CustodyTestModule.TAKE, new BillRef(id)));
    assertOk(
        s.custody(
            bankCn,
            CustodyTestModule.RELEASE,
            new Endorsement(id, buyer.id(), s.resealFor(id, buyer.id()))));
    assertOk(s.surrender(buyer, id, Purpose.DELIVERY));
    assertOk(s.accomplish(s.carrier, id));

    Map<AccountId, String> names =
        Map.of(
            s.carrier.id(), "Silk Line Shipping",
            shipper.id(), "Yangtze Textiles Ltd",
            bankCn.id(), "Bank of China Branch",
            buyer.id(), "Hanse Import GmbH");
    ArrayNode txs =
        PintTransactions.transactions(s.history(id), a -> Optional.ofNullable(names.get(a)));

    List<String> codes = new ArrayList<>();
    for (JsonNode tx : txs) {
      codes.add(tx.get("actionCode").asText());
      assertThat(TRANSACTION.validate(tx.toString(), InputFormat.JSON)).as(tx.toString()).isEmpty();
    }
    assertThat(codes)
        .containsExactly(
            "ISSUE",
            "ENDORSE_TO_ORDER",
            "TRANSFER",
            "BLANK_ENDORSE",
            "TRANSFER",
            "TRANSFER",
            "TRANSFER",
            "SURRENDER_FOR_DELIVERY",
            "SACC");
    assertThat(txs.get(0).at("/actor/partyName").asText()).isEqualTo("Silk Line Shipping");
    assertThat(txs.get(0).at("/recipient/identifyingCodes/0/partyCode").asText())
        .isEqualTo(shipper.id().toString());
    assertThat(txs.get(5).get("comments").asText()).isEqualTo("custody: presented under credit 42");
    assertThat(txs.get(5).at("/recipient/partyName").asText())
        .as("a module account has no name the client knows")
        .startsWith("Silkchain account ");
  }

  @Test
  void amendmentIsAcceptedSurrenderAndReissue() {
    Hash id = s.issueToOrder(shipper);
    assertOk(s.surrender(shipper, id, Purpose.AMENDMENT));
    assertOk(s.chain.act(s.carrier, EblModule.VOID, EblModule.NAME, new BillRef(id)));
    ArrayNode txs = PintTransactions.transactions(s.history(id), a -> Optional.empty());
    assertThat(txs)
        .extracting(t -> t.get("actionCode").asText())
        .containsExactly("ISSUE", "SURRENDER_FOR_AMENDMENT", "SACC");
    for (JsonNode tx : txs) {
      assertThat(TRANSACTION.validate(tx.toString(), InputFormat.JSON)).isEmpty();
    }
  }

  @Test
  void transactionWithoutActorFailsNamingIt() {
    Hash id = s.issueToOrder(shipper);
    ObjectNode tx =
        (ObjectNode) PintTransactions.transactions(s.history(id), a -> Optional.empty()).get(0);
    tx.remove("actor");
    tx.put("actionDateTime", "yesterday");
    List<String> messages =
        TRANSACTION.validate(tx.toString(), InputFormat.JSON).stream()
            .map(e -> e.getInstanceLocation() + " " + e.getMessage())
            .toList();
    assertThat(messages).anyMatch(m -> m.contains("actor"));
    assertThat(messages).anyMatch(m -> m.contains("actionDateTime"));
  }
}
