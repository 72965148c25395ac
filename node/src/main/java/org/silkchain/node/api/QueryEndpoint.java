package org.silkchain.node.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;

/**
 * {@code GET /api/v1/query/{module}/{name}?request=<hex>}: a module query ({@code Runtime.query})
 * on the state after the tip, with the canonical request encoding in hex (empty or absent for a
 * query without argument). Answers {@code {"height": H, "response": "<hex>"}}, and with {@code
 * format=json} also the decoded answer as {@code "answer"} ({@link AnswerJson}). A confidential
 * query ({@link Query#confidential}) needs a member's signed request ({@link RequestAuth}).
 *
 * <p>Errors (400 unless said): {@code TOO_LARGE} for a request over {@value #MAX_REQUEST_BYTES}
 * bytes, {@code MALFORMED} for bad hex or a request the query cannot decode, {@code UNKNOWN_QUERY}
 * for a module or query the runtime does not have, 401 {@code UNAUTHENTICATED}, 403 {@code
 * NOT_A_RECIPIENT} for a confidential answer sealed to others ({@link SealedAudience}), 404 {@code
 * NOT_FOUND} when the query has no answer, and the query's own code (such as {@code
 * currency.UNKNOWN_CURRENCY}) otherwise.
 *
 * <p>{@code GET /api/v1/modules} lists the modules with their actions and queries.
 */
final class QueryEndpoint {
  static final int MAX_REQUEST_BYTES = 4096;

  private final NodeView node;
  private final RequestAuth auth;

  QueryEndpoint(NodeView node, RequestAuth auth) {
    this.node = node;
    this.auth = auth;
  }

  void register(Router router) {
    router.add("GET", "/api/v1/query/{module}/{name}", this::query);
    router.add("GET", "/api/v1/modules", this::modules);
  }

  private void query(Router.Request request) throws IOException, ApiException {
    QueryString.only(request.query(), "request", "format");
    String format = request.param("format").orElse("hex");
    if (!format.equals("hex") && !format.equals("json")) {
      throw ApiException.field("MALFORMED", "format", "hex or json");
    }
    String module = request.path().get("module");
    String name = request.path().get("name");
    String hex = request.param("request").orElse("");
    if (hex.length() > 2 * MAX_REQUEST_BYTES) {
      throw ApiException.field("TOO_LARGE", "request", "over " + MAX_REQUEST_BYTES + " bytes");
    }
    Bytes encoded;
    try {
      encoded = Bytes.fromHex(hex);
    } catch (RuntimeException e) {
      throw ApiException.field("MALFORMED", "request", "not hex");
    }
    Optional<Query<?, ?>> query = node.runtime().modules().query(module, name);
    if (query.isEmpty()) {
      // 400 as in the first API version, whose clients check it.
      throw ApiException.badRequest("UNKNOWN_QUERY", "no query " + module + "/" + name);
    }
    long height = node.chain().tip().height();
    Optional<AccountId> reader = Optional.empty();
    if (query.get().confidential()) {
      reader =
          Optional.of(
              auth.require(
                  request.exchange(),
                  new byte[0],
                  node.chain().stateAt(height),
                  node.chain().timeAt(height)));
    }
    Bytes response;
    try {
      response = node.runtime().query(node.chain().stateAt(height), module, name, encoded);
    } catch (Rejection r) {
      throw rejected(r);
    }
    // Decoded only for what needs the typed answer: the audience check and the JSON rendering.
    boolean json = format.equals("json");
    Object answer = reader.isPresent() || json ? query.get().response().decode(response) : null;
    if (reader.isPresent()) {
      SealedAudience.require(answer, reader.get(), node.chain().stateAt(height));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("height", height);
    body.put("response", response.toHex());
    if (json) {
      body.put("answer", AnswerJson.render(answer));
    }
    HttpJson.send(request.exchange(), 200, body);
  }

  private static ApiException rejected(Rejection r) {
    ResultCode code = r.code();
    if (code.equals(ResultCode.UNKNOWN_ACTION) || code.equals(ResultCode.UNKNOWN_MODULE)) {
      return ApiException.badRequest("UNKNOWN_QUERY", r.getMessage());
    } else if (code.equals(ResultCode.MALFORMED_BODY)) {
      return ApiException.field("MALFORMED", "request", r.getMessage());
    } else if (code.equals(ResultCode.NOT_FOUND)) {
      return ApiException.notFound("NOT_FOUND", r.getMessage());
    }
    return ApiException.badRequest(code.value(), r.getMessage());
  }

  private void modules(Router.Request request) throws IOException, ApiException {
    QueryString.only(request.query());
    List<Map<String, Object>> modules = new ArrayList<>();
    for (TradeModule m : node.runtime().modules().modules().values()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", m.name());
      List<String> actions = new ArrayList<>();
      m.actions().forEach(a -> actions.add(a.name()));
      entry.put("actions", actions.stream().sorted().toList());
      List<Map<String, Object>> queries = new ArrayList<>();
      m.queries().stream()
          .sorted((a, b) -> a.name().compareTo(b.name()))
          .forEach(
              q -> {
                Map<String, Object> query = new LinkedHashMap<>();
                query.put("name", q.name());
                query.put("confidential", q.confidential());
                queries.add(query);
              });
      entry.put("queries", queries);
      modules.add(entry);
    }
    HttpJson.send(request.exchange(), 200, Map.of("modules", modules));
  }
}
