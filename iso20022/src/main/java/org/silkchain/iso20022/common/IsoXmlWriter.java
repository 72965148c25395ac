package org.silkchain.iso20022.common;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.silkchain.iso20022.schema.MessageType;
import org.silkchain.iso20022.schema.SchemaValidator;
import org.silkchain.iso20022.schema.ValidationResult;

/**
 * Writes one ISO 20022 document with StAX, in one canonical layout: the UTF-8 declaration, the
 * {@code Document} root declaring the message's namespace as default namespace, two-space
 * indentation, no attributes but {@code Ccy}, and a final line break. The same calls therefore
 * always give the same characters, which is what the message writers' determinism rests on.
 *
 * <p>Used by this module's message writers (it is public only because they live in sibling
 * packages); it also knows how to write the building blocks the messages share: amounts, parties,
 * agents and accounts. {@link #finish()} validates the document against its schema.
 */
public final class IsoXmlWriter {
  private final MessageType type;
  private final String namespace;
  private final StringWriter buffer = new StringWriter();
  private final XMLStreamWriter xml;
  private int depth;

  private IsoXmlWriter(MessageType type) {
    this.type = type;
    this.namespace = type.namespace();
    try {
      // A new factory per document: the JDK's factory keeps per-call state in fields.
      this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffer);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setDefaultNamespace(namespace);
      xml.writeCharacters("\n");
      xml.writeStartElement(namespace, "Document");
      xml.writeDefaultNamespace(namespace);
      depth = 1;
    } catch (XMLStreamException e) {
      throw writingFailed(e);
    }
  }

  /** Starts a document of {@code type}; the caller writes the content of its root. */
  public static IsoXmlWriter document(MessageType type) {
    return new IsoXmlWriter(type);
  }

  /** Opens element {@code name}; close it with {@link #end()}. */
  public IsoXmlWriter start(String name) {
    try {
      indent();
      xml.writeStartElement(namespace, name);
      depth++;
      return this;
    } catch (XMLStreamException e) {
      throw writingFailed(e);
    }
  }

  /** Closes the innermost open element. */
  public IsoXmlWriter end() {
    try {
      depth--;
      indent();
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw writingFailed(e);
    }
  }

  /** Writes {@code <name>text</name>}, escaping the text. */
  public IsoXmlWriter leaf(String name, String text) {
    try {
      indent();
      xml.writeStartElement(namespace, name);
      xml.writeCharacters(text);
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw writingFailed(e);
    }
  }

  /** Writes the element only if {@code text} is present. */
  public IsoXmlWriter leaf(String name, Optional<String> text) {
    text.ifPresent(t -> leaf(name, t));
    return this;
  }

  /** Writes an ISO date-time element. */
  public IsoXmlWriter leaf(String name, Instant dateTime) {
    return leaf(name, IsoTime.format(dateTime));
  }

  /** Writes an ISO date element. */
  public IsoXmlWriter leaf(String name, LocalDate date) {
    return leaf(name, IsoTime.format(date));
  }

  /** Writes {@code <name Ccy="USD">123.45</name>}. */
  public IsoXmlWriter amount(String name, Money money) {
    try {
      indent();
      xml.writeStartElement(namespace, name);
      xml.writeAttribute("Ccy", money.currency());
      xml.writeCharacters(money.toDecimalString());
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw writingFailed(e);
    }
  }

  /** Writes a {@code PartyIdentification135}: name, address, then the LEI as organisation id. */
  public IsoXmlWriter party(String name, Party party) {
    start(name).leaf("Nm", party.name());
    party.address().ifPresent(this::postalAddress);
    party.lei().ifPresent(lei -> start("Id").start("OrgId").leaf("LEI", lei).end().end());
    return end();
  }

  /** Writes a {@code BranchAndFinancialInstitutionIdentification6}. */
  public IsoXmlWriter agent(String name, Agent agent) {
    start(name).start("FinInstnId").leaf("BICFI", agent.bic());
    agent.clearingMemberId().ifPresent(id -> start("ClrSysMmbId").leaf("MmbId", id).end());
    leaf("Nm", agent.name());
    return end().end();
  }

  /** Writes a cash account: its identification, then its currency if given. */
  public IsoXmlWriter account(String name, Account account, Optional<String> currency) {
    start(name).start("Id");
    switch (account) {
      case Account.Iban iban -> leaf("IBAN", iban.value());
      case Account.Other other -> {
        start("Othr").leaf("Id", other.id());
        other.scheme().ifPresent(s -> start("SchmeNm").leaf("Prtry", s).end());
        end();
      }
    }
    end();
    leaf("Ccy", currency);
    return end();
  }

  /**
   * Closes the document and returns it, after validating it against the schema of its message.
   *
   * @throws IllegalStateException if the document is not valid: the records' checks are meant to
   *     make that impossible, so it is a bug in a writer, never a problem with the input
   */
  public String finish() {
    try {
      while (depth > 0) {
        end();
      }
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw writingFailed(e);
    }
    String document = buffer.append('\n').toString();
    ValidationResult result = SchemaValidator.validate(type, document);
    if (!result.valid()) {
      throw new IllegalStateException(
          "bug: the "
              + type.identifier()
              + " writer produced a document its schema rejects: "
              + result.errors()
              + "\n"
              + document);
    }
    return document;
  }

  private void postalAddress(PostalAddress address) {
    start("PstlAdr")
        .leaf("StrtNm", address.streetName())
        .leaf("BldgNb", address.buildingNumber())
        .leaf("PstCd", address.postCode())
        .leaf("TwnNm", address.townName())
        .leaf("Ctry", address.country())
        .end();
  }

  private void indent() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  private static IllegalStateException writingFailed(XMLStreamException e) {
    // The writer only writes to a StringWriter, so this means a misuse such as end() too often.
    return new IllegalStateException("cannot write XML", e);
  }
}
