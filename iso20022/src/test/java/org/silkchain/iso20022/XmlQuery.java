package org.silkchain.iso20022;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.silkchain.iso20022.schema.MessageType;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads elements back out of a written message, independently of the writers. */
public final class XmlQuery {
  private final org.w3c.dom.Document document;
  private final String namespace;

  private XmlQuery(org.w3c.dom.Document document, String namespace) {
    this.document = document;
    this.namespace = namespace;
  }

  public static XmlQuery parse(MessageType type, String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new XmlQuery(
          factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))),
          type.namespace());
    } catch (Exception e) {
      throw new AssertionError("not parseable: " + e, e);
    }
  }

  /** The elements named {@code localName} in the message namespace, in document order. */
  public List<Element> all(String localName) {
    NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  /** The text of the only element named {@code localName}. */
  public String text(String localName) {
    return only(localName).getTextContent();
  }

  public Element only(String localName) {
    List<Element> elements = all(localName);
    if (elements.size() != 1) {
      throw new AssertionError("expected one " + localName + ", found " + elements.size());
    }
    return elements.get(0);
  }
}
