package org.silkchain.node.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks answers against the node's OpenAPI document: the status must be documented for the
 * operation, the content type must be the documented one, and a JSON body must validate against the
 * documented schema (JSON Schema 2020-12, the dialect of OpenAPI 3.1). It records which operations
 * were exercised, so that a suite can require all of them.
 */
final class OpenApiContract {
  private static final String BASE = "https://api.silkchain.test/openapi.json";

  private final JsonNode document = ApiDocument.load();
  private final SchemaRegistry registry;
  private final Set<String> exercised = new TreeSet<>();

  OpenApiContract() {
    String text = document.toString();
    registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(BASE, text)));
  }

  JsonNode document() {
    return document;
  }

  /** Every operation of the document, as "METHOD template". */
  Set<String> operations() {
    Set<String> all = new TreeSet<>();
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fieldNames()
                    .forEachRemaining(m -> all.add(m.toUpperCase() + " " + p.getKey())));
    return all;
  }

  Set<String> exercised() {
    return exercised;
  }

  /**
   * Asserts that the answer fits the document.
   *
   * @param template the documented path ({@code /api/v1/blocks/{height}})
   */
  void check(String method, String template, int status, String contentType, String body) {
    String operation = "/paths/" + escape(template) + "/" + method.toLowerCase();
    JsonNode op = document.at(operation);
    assertThat(op.isMissingNode()).as("undocumented operation %s %s", method, template).isFalse();
    exercised.add(method + " " + template);
    String responsePointer = operation + "/responses/" + status;
    JsonNode response = document.at(responsePointer);
    assertThat(response.isMissingNode())
        .as("%s %s answered undocumented status %d: %s", method, template, status, body)
        .isFalse();
    if (response.has("$ref")) {
      responsePointer = response.get("$ref").asText().substring(1);
      response = document.at(responsePointer);
    }
    String documentedType = response.path("content").fieldNames().next();
    String actualType = contentType == null ? "" : contentType.split(";")[0].trim();
    assertThat(actualType).as("content type of %s %s", method, template).isEqualTo(documentedType);
    if (!documentedType.equals("application/json")) {
      return;
    }
    String schemaPointer = responsePointer + "/content/" + escape(documentedType) + "/schema";
    List<Error> errors = schemaAt(schemaPointer).validate(body, InputFormat.JSON);
    assertThat(errors).as("%s %s %d body %s", method, template, status, body).isEmpty();
  }

  /** Validates a JSON text against {@code #/components/schemas/name}. */
  void checkSchema(String name, String json) {
    List<Error> errors = schemaAt("/components/schemas/" + name).validate(json, InputFormat.JSON);
    assertThat(errors).as("%s: %s", name, json).isEmpty();
  }

  private Schema schemaAt(String pointer) {
    return registry.getSchema(SchemaLocation.of(BASE + "#" + pointer));
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
