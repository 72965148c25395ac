package org.silkchain.node.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.validators.ValidatorRegistry;
import org.silkchain.state.proof.StateProof;
import org.silkchain.state.tree.ProvedValue;

/**
 * State the runtime keeps for every module: accounts, the validator set, and proofs of single state
 * entries ({@code GET /api/v1/state/proof?key=<hex>&height=H}, a Jellyfish proof against the
 * block's state root that {@code state.proof.StateProofVerifier} checks alone).
 *
 * <p>A state proof reveals a raw state value, whatever module owns it, so it needs a member's
 * signed request (confidential modules keep their content sealed, but not their metadata).
 */
final class StateEndpoints {
  static final int MAX_KEY_BYTES = 1024;

  private final NodeView node;
  private final RequestAuth auth;

  StateEndpoints(NodeView node, RequestAuth auth) {
    this.node = node;
    this.auth = auth;
  }

  void register(Router router) {
    router.add("GET", "/api/v1/accounts/{id}", this::account);
    router.add("GET", "/api/v1/validators", this::validators);
    router.add("GET", "/api/v1/state/proof", this::proof);
  }

  private void account(Router.Request request) throws IOException, ApiException {
    QueryString.only(request.query());
    AccountId id;
    try {
      id = AccountId.fromHex(request.path().get("id"));
    } catch (RuntimeException e) {
      throw ApiException.field("MALFORMED", "id", "not an account id (64 hex digits)");
    }
    long height = node.chain().tip().height();
    AccountRecord a =
        Accounts.read(node.chain().stateAt(height), id)
            .orElseThrow(() -> ApiException.notFound("UNKNOWN_ACCOUNT", "no account " + id));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id.toString());
    body.put("height", height);
    body.put("nonce", a.nonce());
    List<Map<String, Object>> keys = new ArrayList<>();
    a.keys().forEach(k -> keys.add(Map.of("suite", k.suite().name(), "key", k.bytes().toHex())));
    body.put("keys", keys);
    body.put("threshold", a.threshold());
    body.put("roles", a.roles().stream().map(Role::label).toList());
    body.put("frozen", a.frozen());
    HttpJson.send(request.exchange(), 200, body);
  }

  /**
   * The set in state ({@link ValidatorRegistry}) at the tip: genesis writes it, governance changes
   * it.
   */
  private void validators(Router.Request request) throws IOException, ApiException {
    QueryString.only(request.query());
    long height = node.chain().tip().height();
    List<Map<String, Object>> list = new ArrayList<>();
    for (ValidatorRegistry.Entry e : ValidatorRegistry.entries(node.chain().stateAt(height))) {
      list.add(validator(e.key().bytes().toHex(), e.power(), e.operator().toString(), e.address()));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("height", height);
    body.put("source", "state");
    body.put("validators", list);
    HttpJson.send(request.exchange(), 200, body);
  }

  private static Map<String, Object> validator(
      String key, long power, String operator, String address) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("key", key);
    v.put("power", power);
    v.put("operator", operator);
    v.put("address", address);
    return v;
  }

  private void proof(Router.Request request) throws IOException, ApiException {
    QueryString.only(request.query(), "key", "height");
    String hex =
        request
            .param("key")
            .orElseThrow(() -> ApiException.field("MISSING_FIELD", "key", "required (hex)"));
    if (hex.length() > 2 * MAX_KEY_BYTES) {
      throw ApiException.field("TOO_LARGE", "key", "over " + MAX_KEY_BYTES + " bytes");
    }
    Bytes key;
    try {
      key = Bytes.fromHex(hex);
    } catch (RuntimeException e) {
      throw ApiException.field("MALFORMED", "key", "not hex");
    }
    if (key.size() == 0) {
      throw ApiException.field("MALFORMED", "key", "empty");
    }
    long tip = node.chain().tip().height();
    long height = QueryString.nonNegative(request.query(), "height", tip);
    if (height > tip) {
      throw ApiException.notFound("UNKNOWN_BLOCK", "no block at " + height + " yet");
    }
    auth.require(
        request.exchange(), new byte[0], node.chain().stateAt(tip), node.chain().timeAt(tip));
    ProvedValue proved = node.chain().tree().prove(key, height);
    Hash root = node.chain().tree().root(height);
    StateProof proof = proved.proof();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("height", height);
    body.put("stateRoot", root.toHex());
    body.put("key", key.toHex());
    body.put("value", proved.value().map(Bytes::toHex).orElse(null));
    body.put("proof", StateProof.CODEC.encode(proof).toHex());
    HttpJson.send(request.exchange(), 200, body);
  }
}
