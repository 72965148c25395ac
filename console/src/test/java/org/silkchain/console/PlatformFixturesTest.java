package org.silkchain.console;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.silkchain.crypto.Hash;
import org.silkchain.trade.confidential.RegulatorsAnswer;
import org.silkchain.trade.documents.DocumentRef;
import org.silkchain.trade.ebl.BillRef;
import org.silkchain.trade.lc.CreditRef;

/**
 * The requests the regulator dashboard builds (src/trade/regulator.ts), as the Java codecs write
 * them, for {@code test/platform.test.ts}.
 */
class PlatformFixturesTest {
  static final String ID = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

  @Test
  void regulatorRequests() throws Exception {
    Hash id = Hash.fromHex(ID);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", ID);
    out.put(
        "jurisdictionSG",
        RegulatorsAnswer.Jurisdiction.CODEC
            .encode(new RegulatorsAnswer.Jurisdiction("SG"))
            .toHex());
    out.put("creditRef", CreditRef.CODEC.encode(new CreditRef(id)).toHex());
    out.put("billRef", BillRef.CODEC.encode(new BillRef(id)).toHex());
    out.put("documentRef3", DocumentRef.CODEC.encode(new DocumentRef(id, 3)).toHex());
    Fixtures.check("platform", out);
  }
}
