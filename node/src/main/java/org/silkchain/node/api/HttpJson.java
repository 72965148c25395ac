package org.silkchain.node.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JSON in and out of an exchange. Request bodies are bounded and strict: unknown fields, duplicate
 * keys, trailing tokens and type coercions (a number where a string belongs, "true" for true) are
 * refused with a 400 that names the field.
 */
final class HttpJson {
  static final ObjectMapper JSON = new ObjectMapper();

  /** For request bodies only. */
  static final ObjectMapper STRICT = strictMapper();

  /** How far past the limit a declared body is still read up to the limit (then drained). */
  private static final int UNREAD_ALLOWANCE = 32 * 1024;

  private HttpJson() {}

  private static ObjectMapper strictMapper() {
    ObjectMapper mapper =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    for (LogicalType type : LogicalType.values()) {
      var config = mapper.coercionConfigFor(type);
      for (CoercionInputShape shape : CoercionInputShape.values()) {
        config.setCoercion(shape, CoercionAction.Fail);
      }
    }
    // A JSON number may still fill an integer field, and a string a string field: those are not
    // coercions. The loop above refuses the rest: a number into a string, a string into a number.
    mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.String, null);
    return mapper;
  }

  static void send(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * {@code {"error": {"code", "message", "field"?}, "code", "message"}}: the top-level {@code code}
   * and {@code message} repeat the error's for clients of the first API version, which read them
   * there.
   */
  static Map<String, Object> errorBody(String code, String message, String field) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", message);
    if (field != null) {
      error.put("field", field);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("code", code);
    body.put("message", message);
    return body;
  }

  static void error(HttpExchange exchange, ApiException e) throws IOException {
    send(exchange, e.status(), errorBody(e.code(), e.getMessage(), e.field().orElse(null)));
  }

  static void error(HttpExchange exchange, int status, String code, String message)
      throws IOException {
    send(exchange, status, errorBody(code, message, null));
  }

  /**
   * The body, refused with 413 {@code TOO_LARGE} past {@code limit} bytes (read no further than
   * that).
   */
  static byte[] body(HttpExchange exchange, int limit) throws IOException, ApiException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      long length;
      try {
        length = declared.length() > 18 ? Long.MAX_VALUE : Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("MALFORMED", "Content-Length is not a number");
      }
      // Far over the limit: refuse before reading (the client may see the connection cut while it
      // still sends). Slightly over: read to the limit, so that the server can drain the rest and
      // the client gets the 413.
      if (length > limit + UNREAD_ALLOWANCE) {
        throw tooLarge(limit);
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw tooLarge(limit);
      }
      return bytes;
    }
  }

  private static ApiException tooLarge(int limit) {
    return new ApiException(413, "TOO_LARGE", "request body over " + limit + " bytes", null);
  }

  /**
   * Binds a JSON object to {@code type} strictly. Refusals: {@code MALFORMED} (not JSON, not an
   * object, trailing tokens), {@code UNKNOWN_FIELD}, {@code WRONG_TYPE}, {@code DUPLICATE_FIELD},
   * each naming the field.
   */
  static <T> T parse(byte[] body, Class<T> type) throws ApiException {
    if (body.length == 0) {
      throw ApiException.badRequest("MALFORMED", "empty body: a JSON object is required");
    }
    try {
      T value = STRICT.readValue(body, type);
      if (value == null) {
        throw ApiException.badRequest("MALFORMED", "the body must be a JSON object, not null");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw ApiException.field("UNKNOWN_FIELD", e.getPropertyName(), "unknown field");
    } catch (MismatchedInputException e) {
      String field = path(e);
      if (field.isEmpty()) {
        throw ApiException.badRequest("MALFORMED", "the body must be a JSON object");
      }
      throw ApiException.field("WRONG_TYPE", field, "wrong type");
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      if (message != null && message.startsWith("Duplicate field")) {
        throw ApiException.field(
            "DUPLICATE_FIELD", message.replaceAll("^Duplicate field '(.*)'$", "$1"), "repeated");
      }
      throw ApiException.badRequest("MALFORMED", "not JSON: " + firstLine(message));
    } catch (IOException e) {
      throw ApiException.badRequest("MALFORMED", "unreadable body");
    }
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) : line;
  }
}
