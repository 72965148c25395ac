package org.silkchain.iso20022.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates documents against the official ISO 20022 schemas bundled with this module.
 *
 * <p>Each schema is compiled once and cached ({@link Schema} is immutable and thread-safe); a fresh
 * {@link Validator} serves each call, so {@link #validate} may be called from any thread.
 *
 * <p>Documents are treated as hostile: a {@code DOCTYPE} is refused outright (ISO 20022 messages
 * never have one, and refusing it rules out entity-expansion and external-entity attacks), nothing
 * outside the bundled schemas is ever fetched ({@link XMLConstants#ACCESS_EXTERNAL_DTD} and {@link
 * XMLConstants#ACCESS_EXTERNAL_SCHEMA} are empty, so an {@code xsi:schemaLocation} in a document
 * has no effect), and the JDK's secure-processing limits apply.
 */
public final class SchemaValidator {
  /** The most errors one result reports; a badly broken document stops being reported there. */
  public static final int MAX_ERRORS = 100;

  private static final Map<MessageType, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private SchemaValidator() {}

  /**
   * Validates {@code xml} against the schema of {@code type}. A document that is not well-formed
   * XML, or is in another message's namespace, comes back invalid with the parser's error; this
   * method does not throw for any content of {@code xml}.
   */
  public static ValidationResult validate(MessageType type, String xml) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(xml, "xml");
    Collector collector = new Collector();
    try {
      Validator validator = schema(type).newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(collector);
      validator.validate(new SAXSource(documentReader(), new InputSource(new StringReader(xml))));
    } catch (SAXParseException e) {
      collector.add(e);
    } catch (SAXException e) {
      collector.add(-1, -1, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string cannot fail", e);
    }
    return new ValidationResult(type, collector.errors);
  }

  static Schema schema(MessageType type) {
    return SCHEMAS.computeIfAbsent(type, SchemaValidator::compile);
  }

  private static Schema compile(MessageType type) {
    URL url = SchemaValidator.class.getResource(type.schemaResource());
    if (url == null) {
      throw new IllegalStateException("bundled schema missing: " + type.schemaResource());
    }
    try (InputStream in = url.openStream()) {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(new StreamSource(in, url.toExternalForm()));
    } catch (SAXException e) {
      throw new IllegalStateException("bundled schema does not compile: " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled schema " + url, e);
    }
  }

  private static XMLReader documentReader() throws SAXException {
    try {
      SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      XMLReader reader = factory.newSAXParser().getXMLReader();
      reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      return reader;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's SAX parser lacks a required feature", e);
    }
  }

  /** Keeps every error and lets validation go on; only a fatal (well-formedness) error stops it. */
  private static final class Collector implements ErrorHandler {
    private final List<ValidationError> errors = new ArrayList<>();
    private SAXParseException lastFatal;

    @Override
    public void warning(SAXParseException e) {
      // Warnings do not make a document invalid.
    }

    @Override
    public void error(SAXParseException e) {
      add(e);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      add(e);
      lastFatal = e;
      throw e;
    }

    void add(SAXParseException e) {
      // A fatal error reaches both fatalError and the caller of validate: report it once.
      if (e != lastFatal) {
        add(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
      }
    }

    void add(int line, int column, String message) {
      if (errors.size() < MAX_ERRORS) {
        errors.add(new ValidationError(line, column, String.valueOf(message)));
      }
    }
  }
}
