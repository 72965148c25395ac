package org.silkchain.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.validator.ValidatorSet;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.block.BlockHeader;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.runtime.module.Query;

/**
 * A typed client of one node's API (docs/api.md). Thread-safe. Transactions: {@link #submit},
 * {@link #submitAndWait}, or {@link #execute} which signs a payload as a member with the next nonce
 * and waits. Reads: {@link #status}, {@link #block}, {@link #transaction}, {@link #account}, {@link
 * #query} (typed by the module's {@code Query} constant), proofs ({@link #inclusionProof}, {@link
 * #stateEntry}) checked before they are returned, and {@link #subscribe} for the event stream.
 * Every refusal is an {@link ApiError} with the node's stable code.
 */
public final class SilkchainClient {
  /** How long a transaction built by {@link #execute} stays valid, in blocks. */
  public static final long VALIDITY_BLOCKS = 100_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI api;
  private final HttpClient http;
  private final Map<AccountId, Long> nonces = new ConcurrentHashMap<>();
  private volatile ChainId chainId;
  private volatile HashFunction hash;

  private SilkchainClient(URI api) {
    this.api = api;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** A client of the node whose API is at {@code api} ({@code http://127.0.0.1:28601}). */
  public static SilkchainClient connect(URI api) {
    return new SilkchainClient(api);
  }

  public URI api() {
    return api;
  }

  /** The chain's id, from its genesis block (read once). */
  public ChainId chainId() {
    ChainId id = chainId;
    if (id == null) {
      id = ChainId.of(block(0).path("chainId").asText());
      chainId = id;
    }
    return id;
  }

  /** The chain's hash function (of its signature suite, from the node's status; read once). */
  public HashFunction hash() {
    HashFunction h = hash;
    if (h == null) {
      h = SignatureSuite.of(SuiteId.valueOf(status().path("suite").asText())).hash();
      hash = h;
    }
    return h;
  }

  public JsonNode status() {
    return get("/api/v1/status", Map.of());
  }

  public JsonNode block(long height) {
    return get("/api/v1/blocks/" + height, Map.of());
  }

  /** The commit certificate the node holds for block {@code height} (none for genesis). */
  public JsonNode certificate(long height) {
    return get("/api/v1/blocks/" + height + "/certificate", Map.of());
  }

  /** The receipt (committed) or {@code {"status": "pending"}}; empty if the node knows neither. */
  public Optional<JsonNode> transaction(TransactionId id) {
    try {
      return Optional.of(get("/api/v1/transactions/" + id, Map.of()));
    } catch (ApiError e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  public JsonNode account(AccountId id) {
    return get("/api/v1/accounts/" + id, Map.of());
  }

  public JsonNode modules() {
    return get("/api/v1/modules", Map.of());
  }

  public JsonNode validators() {
    return get("/api/v1/validators", Map.of());
  }

  /** Submits a signed transaction; answers its id once admitted to the mempool. */
  public TransactionId submit(SignedTransaction tx) {
    JsonNode answer = post("/api/v1/transactions", Map.of("transaction", tx.encode().toHex()));
    return new TransactionId(Hash.fromHex(answer.path("id").asText()));
  }

  /**
   * Submits and waits until the transaction is committed (the node's {@code wait}, at most 60 s).
   *
   * @throws ApiError {@code TIMEOUT} if it is still pending then, or the node's refusal
   */
  public TxReceipt submitAndWait(SignedTransaction tx, Duration timeout) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("transaction", tx.encode().toHex());
    body.put("wait", true);
    body.put("timeoutMillis", Math.min(timeout.toMillis(), 60_000));
    JsonNode answer = post("/api/v1/transactions", body);
    if (!answer.path("status").asText().equals("committed")) {
      throw new ApiError(
          202, "TIMEOUT", "transaction " + answer.path("id").asText() + " still pending", null);
    }
    return TxReceipt.of(answer);
  }

  /**
   * Signs {@code payload} as {@code member} with its next nonce (read from its account once, then
   * counted here), submits it and waits for the receipt.
   */
  public TxReceipt execute(Member member, Payload payload, Duration timeout) {
    long nonce =
        nonces.compute(
            member.account(), (a, n) -> n == null ? account(a).path("nonce").asLong() : n + 1);
    SignedTransaction tx =
        member.sign(chainId(), nonce, new ValidityWindow(0, VALIDITY_BLOCKS), payload);
    try {
      return submitAndWait(tx, timeout);
    } catch (ApiError e) {
      if (e.code().startsWith("NONCE_")) {
        nonces.remove(member.account()); // re-read on the next call
      }
      throw e;
    }
  }

  /**
   * Runs a module query, typed by the module's constant (such as {@code CurrencyModule.BALANCE}).
   */
  public <Q, R> R query(String module, Query<Q, R> query, Q request) {
    return query(module, query, request, Optional.empty());
  }

  /** Runs a confidential module query as an authenticated member. */
  public <Q, R> R query(String module, Query<Q, R> query, Q request, Optional<Member> as) {
    Bytes answer = query(module, query.name(), query.request().encode(request), as);
    return query.response().decode(answer);
  }

  /** A query with its canonical request, answering the canonical response. */
  public Bytes query(String module, String name, Bytes request, Optional<Member> as) {
    String path = "/api/v1/query/" + module + "/" + name + "?request=" + request.toHex();
    Map<String, String> headers =
        as.map(m -> m.requestHeaders("GET", path, new byte[0], System.currentTimeMillis()))
            .orElse(Map.of());
    return Bytes.fromHex(get(path, headers).path("response").asText());
  }

  /**
   * The inclusion proof of a committed transaction, checked against its block's transactions root
   * as this node serves the block.
   *
   * @throws ApiError {@code BAD_PROOF} if it does not verify
   */
  public Proofs.Inclusion inclusionProof(TransactionId id) {
    return inclusionProof(id, Optional.empty());
  }

  /**
   * The inclusion proof, checked against the header of its block as certified by {@code trusted}
   * (the validator set of that height): nothing rests on this node's word.
   *
   * @throws ApiError {@code UNCERTIFIED} or {@code BAD_PROOF}
   */
  public Proofs.Inclusion inclusionProof(TransactionId id, ValidatorSet trusted) {
    return inclusionProof(id, Optional.of(trusted));
  }

  private Proofs.Inclusion inclusionProof(TransactionId id, Optional<ValidatorSet> trusted) {
    Proofs.Inclusion proof =
        Proofs.Inclusion.of(get("/api/v1/transactions/" + id + "/proof", Map.of()));
    Roots roots = roots(proof.height(), trusted);
    boolean sameBlock =
        roots.transactionsRoot().equals(proof.transactionsRoot())
            && roots.blockHash().equals(proof.blockHash())
            && roots.transactionCount() == proof.count();
    if (!sameBlock || !proof.id().equals(id) || !proof.verify(hash())) {
      throw new ApiError(200, "BAD_PROOF", "inclusion proof of " + id + " does not verify", null);
    }
    return proof;
  }

  /**
   * A state entry at {@code height} (empty: the tip) with its proof, read as {@code member} (state
   * proofs need a signed request) and checked against the block's state root as this node serves
   * the block.
   *
   * @throws ApiError {@code BAD_PROOF} if it does not verify
   */
  public Proofs.StateEntry stateEntry(Bytes key, Optional<Long> height, Member member) {
    return stateEntry(key, height, member, Optional.empty());
  }

  /**
   * A state entry with its proof, checked against the header of its block as certified by {@code
   * trusted} (the validator set of that height).
   *
   * @throws ApiError {@code UNCERTIFIED} or {@code BAD_PROOF}
   */
  public Proofs.StateEntry stateEntry(
      Bytes key, Optional<Long> height, Member member, ValidatorSet trusted) {
    return stateEntry(key, height, member, Optional.of(trusted));
  }

  private Proofs.StateEntry stateEntry(
      Bytes key, Optional<Long> height, Member member, Optional<ValidatorSet> trusted) {
    String path =
        "/api/v1/state/proof?key=" + key.toHex() + height.map(h -> "&height=" + h).orElse("");
    Proofs.StateEntry entry =
        Proofs.StateEntry.of(
            get(path, member.requestHeaders("GET", path, new byte[0], System.currentTimeMillis())));
    Roots roots = roots(entry.height(), trusted);
    if (!roots.stateRoot().equals(entry.stateRoot())
        || !entry.key().equals(key)
        || !entry.verify(hash()).isValid()) {
      throw new ApiError(
          200, "BAD_PROOF", "state proof of " + key.toHex() + " does not verify", null);
    }
    return entry;
  }

  /**
   * The header of block {@code height}, checked against its commit certificate and {@code trusted},
   * the validator set of that height.
   *
   * @throws ApiError {@code UNCERTIFIED} naming the failed check
   */
  public BlockHeader certifiedHeader(long height, ValidatorSet trusted) {
    return CertifiedHeaders.verify(block(height), certificate(height), hash(), trusted);
  }

  /** The roots a proof is checked against: from a certified header, or as the node serves them. */
  private record Roots(
      Hash blockHash, Hash transactionsRoot, long transactionCount, Hash stateRoot) {}

  private Roots roots(long height, Optional<ValidatorSet> trusted) {
    JsonNode block = block(height);
    if (trusted.isPresent()) {
      BlockHeader h = CertifiedHeaders.verify(block, certificate(height), hash(), trusted.get());
      return new Roots(h.hash(hash()), h.transactionsRoot(), h.transactionCount(), h.stateRoot());
    }
    return new Roots(
        Hash.fromHex(block.path("hash").asText()),
        Hash.fromHex(block.path("transactionsRoot").asText()),
        block.path("transactionCount").asLong(),
        Hash.fromHex(block.path("stateRoot").asText()));
  }

  /** Streams events to {@code listener} on a virtual thread until the subscription is closed. */
  public Subscription subscribe(EventRequest request, Consumer<ChainEvent> listener) {
    return new Subscription(http, api, request, listener).start();
  }

  private JsonNode get(String pathAndQuery, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(api.resolve(pathAndQuery)).GET();
    headers.forEach(b::header);
    return send(b);
  }

  private JsonNode post(String path, Object body) {
    try {
      return send(
          HttpRequest.newBuilder(api.resolve(path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
    } catch (IOException e) {
      throw new ApiError("UNREACHABLE", e.getMessage(), e);
    }
  }

  private JsonNode send(HttpRequest.Builder request) {
    HttpResponse<String> r;
    try {
      r =
          http.send(
              request.timeout(Duration.ofSeconds(75)).build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new ApiError("UNREACHABLE", api + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError("UNREACHABLE", "interrupted", e);
    }
    JsonNode body;
    try {
      body = JSON.readTree(r.body().isEmpty() ? "{}" : r.body());
    } catch (IOException e) {
      throw new ApiError(r.statusCode(), "NOT_JSON", "the node answered no JSON", null);
    }
    if (r.statusCode() >= 400) {
      JsonNode error = body.path("error");
      throw new ApiError(
          r.statusCode(),
          error.path("code").asText(body.path("code").asText("HTTP_" + r.statusCode())),
          error.path("message").asText(body.path("message").asText("")),
          error.hasNonNull("field") ? error.get("field").asText() : null);
    }
    return body;
  }
}
