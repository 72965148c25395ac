/**
 * Validation against the official ISO 20022 schemas bundled in {@code /iso20022/*.xsd}: {@link
 * org.silkchain.iso20022.schema.SchemaValidator#validate} returns every error with its line and
 * column, and treats the document as hostile input.
 */
package org.silkchain.iso20022.schema;
