package org.silkchain.iso20022.schema;

/** The ISO 20022 message definitions this module writes, each with its bundled official schema. */
public enum MessageType {
  /** FI-to-FI customer credit transfer, version 09. */
  PACS_008_001_09("pacs.008.001.09"),
  /** FI-to-FI payment status report, version 11. */
  PACS_002_001_11("pacs.002.001.11"),
  /** Bank-to-customer statement, version 08. */
  CAMT_053_001_08("camt.053.001.08");

  private final String identifier;

  MessageType(String identifier) {
    this.identifier = identifier;
  }

  /** The message identifier, such as {@code pacs.008.001.09}, as used in {@code OrgnlMsgNmId}. */
  public String identifier() {
    return identifier;
  }

  /** The XML namespace of the message's {@code Document} element. */
  public String namespace() {
    return "urn:iso:std:iso:20022:tech:xsd:" + identifier;
  }

  /** The classpath location of the bundled schema. */
  String schemaResource() {
    return "/iso20022/" + identifier + ".xsd";
  }
}
