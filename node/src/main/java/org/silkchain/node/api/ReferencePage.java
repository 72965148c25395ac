package org.silkchain.node.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The browsable API reference: one self-contained HTML page (no script, no CDN) rendered from the
 * OpenAPI document: each operation with its parameters, request body and answers, then each schema
 * with its fields. Every string from the document is escaped.
 */
final class ReferencePage {
  private ReferencePage() {}

  static String render(JsonNode doc) {
    StringBuilder html = new StringBuilder(32_768);
    String title = doc.path("info").path("title").asText("API");
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title))
        .append(" reference</title><style>")
        .append("body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}")
        .append("code,pre{background:#f4f4f4;padding:0 .2em}table{border-collapse:collapse}")
        .append("td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}")
        .append(".m{font-weight:bold;text-transform:uppercase}</style></head><body>\n")
        .append("<h1>")
        .append(esc(title))
        .append(" ")
        .append(esc(doc.path("info").path("version").asText()))
        .append("</h1>\n<p>")
        .append(esc(doc.path("info").path("description").asText()))
        .append("</p>\n<p>Machine-readable: <a href=\"/openapi.json\">/openapi.json</a></p>\n");
    html.append("<h2>Operations</h2>\n<ul>\n");
    forEach(
        doc.path("paths"),
        (path, item) ->
            forEach(
                item,
                (method, op) -> {
                  if (op.isObject() && op.has("responses")) {
                    html.append("<li><a href=\"#")
                        .append(esc(anchor(method, path)))
                        .append("\"><span class=\"m\">")
                        .append(esc(method))
                        .append("</span> <code>")
                        .append(esc(path))
                        .append("</code></a> ")
                        .append(esc(op.path("summary").asText()))
                        .append("</li>\n");
                  }
                }));
    html.append("</ul>\n");
    forEach(
        doc.path("paths"),
        (path, item) -> forEach(item, (method, op) -> operation(html, path, method, op)));
    html.append("<h2>Schemas</h2>\n");
    forEach(doc.path("components").path("schemas"), (name, schema) -> schema(html, name, schema));
    html.append("</body></html>\n");
    return html.toString();
  }

  private static void operation(StringBuilder html, String path, String method, JsonNode op) {
    if (!op.isObject() || !op.has("responses")) {
      return;
    }
    html.append("<h3 id=\"")
        .append(esc(anchor(method, path)))
        .append("\"><span class=\"m\">")
        .append(esc(method))
        .append("</span> <code>")
        .append(esc(path))
        .append("</code></h3>\n<p>")
        .append(esc(op.path("description").asText(op.path("summary").asText())))
        .append("</p>\n");
    if (op.path("parameters").size() > 0) {
      html.append("<table><tr><th>Parameter</th><th>In</th><th>Required</th><th>Meaning</th></tr>");
      for (JsonNode p : op.path("parameters")) {
        html.append("<tr><td><code>")
            .append(esc(p.path("name").asText()))
            .append("</code></td><td>")
            .append(esc(p.path("in").asText()))
            .append("</td><td>")
            .append(p.path("required").asBoolean() ? "yes" : "no")
            .append("</td><td>")
            .append(esc(p.path("description").asText()))
            .append("</td></tr>");
      }
      html.append("</table>\n");
    }
    JsonNode body = op.path("requestBody").path("content").path("application/json").path("schema");
    if (!body.isMissingNode()) {
      html.append("<p>Body: ").append(schemaLink(body)).append("</p>\n");
    }
    html.append("<table><tr><th>Status</th><th>Meaning</th><th>Body</th></tr>");
    forEach(
        op.path("responses"),
        (status, r) -> {
          JsonNode content = r.path("content");
          String type = content.fieldNames().hasNext() ? content.fieldNames().next() : "";
          html.append("<tr><td>")
              .append(esc(status))
              .append("</td><td>")
              .append(esc(r.path("description").asText()))
              .append("</td><td>")
              .append(type.isEmpty() ? "" : schemaLink(content.path(type).path("schema")))
              .append("</td></tr>");
        });
    html.append("</table>\n");
  }

  private static void schema(StringBuilder html, String name, JsonNode schema) {
    html.append("<h3 id=\"schema-")
        .append(esc(name))
        .append("\">")
        .append(esc(name))
        .append("</h3>\n<p>")
        .append(esc(schema.path("description").asText()))
        .append("</p>\n");
    if (schema.path("properties").size() == 0) {
      return;
    }
    html.append("<table><tr><th>Field</th><th>Type</th><th>Required</th><th>Meaning</th></tr>");
    forEach(
        schema.path("properties"),
        (field, p) -> {
          boolean required = false;
          for (JsonNode r : schema.path("required")) {
            required |= r.asText().equals(field);
          }
          html.append("<tr><td><code>")
              .append(esc(field))
              .append("</code></td><td>")
              .append(schemaLink(p))
              .append("</td><td>")
              .append(required ? "yes" : "no")
              .append("</td><td>")
              .append(esc(p.path("description").asText()))
              .append("</td></tr>");
        });
    html.append("</table>\n");
  }

  private static String schemaLink(JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    if (ref.startsWith("#/components/schemas/")) {
      String name = ref.substring("#/components/schemas/".length());
      return "<a href=\"#schema-" + esc(name) + "\">" + esc(name) + "</a>";
    }
    if (schema.has("items")) {
      return "array of " + schemaLink(schema.path("items"));
    }
    JsonNode type = schema.path("type");
    return esc(type.isArray() ? type.toString() : type.asText("any"));
  }

  private static String anchor(String method, String path) {
    return method + path.replaceAll("[^A-Za-z0-9]+", "-");
  }

  private interface Visitor {
    void visit(String name, JsonNode value);
  }

  private static void forEach(JsonNode object, Visitor visitor) {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      visitor.visit(e.getKey(), e.getValue());
    }
  }

  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
