package org.silkchain.iso20022.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.silkchain.iso20022.schema.MessageType;

class IsoXmlWriterTest {

  @Test
  void aWriterThatForgetsAMandatoryElementFailsLoudly() {
    IsoXmlWriter xml = IsoXmlWriter.document(MessageType.PACS_002_001_11);
    xml.start("FIToFIPmtStsRpt").start("GrpHdr").leaf("MsgId", "M1");

    assertThatThrownBy(xml::finish)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("bug: the pacs.002.001.11 writer produced a document its schema")
        .hasMessageContaining("CreDtTm");
  }

  @Test
  void layoutIsCanonical() {
    IsoXmlWriter xml = IsoXmlWriter.document(MessageType.PACS_002_001_11);
    xml.start("FIToFIPmtStsRpt")
        .start("GrpHdr")
        .leaf("MsgId", "M1")
        .leaf("CreDtTm", Instant.parse("2026-03-05T00:00:00Z"));

    assertThat(xml.finish())
        .isEqualTo(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.002.001.11">
              <FIToFIPmtStsRpt>
                <GrpHdr>
                  <MsgId>M1</MsgId>
                  <CreDtTm>2026-03-05T00:00:00.000+00:00</CreDtTm>
                </GrpHdr>
              </FIToFIPmtStsRpt>
            </Document>
            """);
  }
}
