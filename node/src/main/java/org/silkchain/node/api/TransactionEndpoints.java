package org.silkchain.node.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.block.BlockHeader;
import org.silkchain.ledger.merkle.MerkleProof;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.node.execution.RejectionCode;
import org.silkchain.node.execution.StateKeys;
import org.silkchain.node.mempool.Admission;
import org.silkchain.runtime.receipt.Receipt;
import org.silkchain.storage.CommittedBlock;
import org.silkchain.storage.TxLocation;

/**
 * {@code POST /api/v1/transactions}, {@code GET /api/v1/transactions/{id}} and {@code GET
 * /api/v1/transactions/{id}/proof}.
 */
final class TransactionEndpoints {
  static final long DEFAULT_WAIT_MILLIS = 30_000;
  static final long MAX_WAIT_MILLIS = 60_000;

  /** Submissions that may wait at once; past it, {@code wait} answers 202 pending at once. */
  static final int MAX_WAITERS = 1024;

  /** The submit body; {@code wait} blocks until the receipt is committed or the timeout. */
  record SubmitRequest(
      String transaction, @JsonProperty("wait") Boolean awaitReceipt, Long timeoutMillis) {}

  private final NodeView node;
  private final ChainWatcher watcher;
  private final Semaphore waiters = new Semaphore(MAX_WAITERS);

  private final RequestAuth auth;

  TransactionEndpoints(NodeView node, ChainWatcher watcher, RequestAuth auth) {
    this.node = node;
    this.watcher = watcher;
    this.auth = auth;
  }

  void register(Router router) {
    router.add("POST", "/api/v1/transactions", this::submit);
    router.add("GET", "/api/v1/transactions/{id}", this::lookup);
    router.add("GET", "/api/v1/transactions/{id}/proof", this::proof);
    router.add("GET", "/api/v1/transactions/{id}/signed", this::signed);
  }

  /**
   * The committed transaction as signed (its canonical encoding, signatures included), for a member
   * who signs the request: how members check each other's governance votes, whose ballots record
   * only the transaction id and signer keys. Bodies may carry sealed content, hence the signed
   * read.
   */
  private void signed(Router.Request request) throws IOException, ApiException {
    QueryString.only(request.query());
    TransactionId id = parseId(request.path().get("id"));
    auth.require(
        request.exchange(),
        new byte[0],
        node.chain().committedState(),
        node.chain().committedTimeMillis());
    TxLocation at =
        node.chain()
            .store()
            .locate(id)
            .orElseThrow(
                () -> ApiException.notFound("UNKNOWN_TRANSACTION", "not in a committed block"));
    CommittedBlock block = node.chain().store().blockAt(at.height()).orElseThrow();
    SignedTransaction tx = block.block().transactions().get(at.index());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id.toString());
    body.put("height", at.height());
    body.put("index", at.index());
    body.put("transaction", SignedTransaction.CODEC.encode(tx).toHex());
    HttpJson.send(request.exchange(), 200, body);
  }

  private void submit(Router.Request request) throws IOException, ApiException {
    QueryString.only(request.query());
    byte[] body = HttpJson.body(request.exchange(), NodeApi.MAX_BODY_BYTES);
    SubmitRequest submit = HttpJson.parse(body, SubmitRequest.class);
    if (submit.transaction() == null) {
      throw ApiException.field("MISSING_FIELD", "transaction", "required (hex)");
    }
    long timeout = submit.timeoutMillis() == null ? DEFAULT_WAIT_MILLIS : submit.timeoutMillis();
    if (timeout < 0 || timeout > MAX_WAIT_MILLIS) {
      throw ApiException.field("MALFORMED", "timeoutMillis", "must be 0.." + MAX_WAIT_MILLIS);
    }
    Bytes encoded;
    try {
      encoded = Bytes.fromHex(submit.transaction());
    } catch (RuntimeException e) {
      throw ApiException.field("MALFORMED", "transaction", "not hex");
    }
    Admission admission = node.gossip().submit(encoded);
    if (!admission.isAdmitted()) {
      RejectionCode code = admission.rejection().orElseThrow();
      int status =
          switch (code) {
            case DUPLICATE -> 409;
            case MEMPOOL_FULL, SENDER_QUOTA -> 503;
            default -> 400;
          };
      throw new ApiException(status, code.name(), admission.detail(), null);
    }
    TransactionId id = admission.id().orElseThrow();
    if (Boolean.TRUE.equals(submit.awaitReceipt()) && waiters.tryAcquire()) {
      Optional<Receipt> receipt;
      try {
        receipt = awaitReceipt(id, timeout);
      } finally {
        waiters.release();
      }
      if (receipt.isPresent()) {
        HttpJson.send(request.exchange(), 200, ReceiptJson.of(receipt.get()));
        return;
      }
    }
    HttpJson.send(request.exchange(), 202, Map.of("id", id.toString(), "status", "pending"));
  }

  private Optional<Receipt> awaitReceipt(TransactionId id, long timeoutMillis) {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
    long seen = -1;
    try {
      while (true) {
        Optional<Receipt> receipt = receipt(id);
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (receipt.isPresent() || left <= 0) {
          return receipt;
        }
        seen = Math.max(seen, watcher.height());
        seen = watcher.awaitAbove(seen, left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private Optional<Receipt> receipt(TransactionId id) {
    // The receipt is in state from the block that included it on, so the tip's state has it.
    return node.chain().get(StateKeys.receipt(id)).map(Receipt.CODEC::decode);
  }

  static TransactionId parseId(String hex) throws ApiException {
    try {
      return new TransactionId(Hash.fromHex(hex));
    } catch (RuntimeException e) {
      throw ApiException.field("MALFORMED", "id", "not a transaction id (64 hex digits)");
    }
  }

  private void lookup(Router.Request request) throws IOException, ApiException {
    QueryString.only(request.query());
    TransactionId id = parseId(request.path().get("id"));
    Optional<TxLocation> location = node.chain().store().locate(id);
    if (location.isPresent()) {
      Optional<Receipt> receipt = receipt(id);
      if (receipt.isPresent()) {
        HttpJson.send(request.exchange(), 200, ReceiptJson.of(receipt.get()));
        return;
      }
      TxLocation at = location.get();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("id", id.toString());
      body.put("status", "committed");
      body.put("height", at.height());
      body.put("index", at.index());
      body.put("result", Map.of("code", "UNKNOWN", "message", "no receipt in state"));
      HttpJson.send(request.exchange(), 200, body);
    } else if (node.mempool().contains(id)) {
      HttpJson.send(request.exchange(), 200, Map.of("id", id.toString(), "status", "pending"));
    } else {
      throw ApiException.notFound("UNKNOWN_TRANSACTION", "neither committed nor pending");
    }
  }

  /**
   * The RFC 6962 inclusion proof of a committed transaction: its id's 32 bytes are leaf {@code
   * index} of the block's {@code transactionsRoot}, over {@code transactionCount} leaves.
   */
  private void proof(Router.Request request) throws IOException, ApiException {
    QueryString.only(request.query());
    TransactionId id = parseId(request.path().get("id"));
    TxLocation at =
        node.chain()
            .store()
            .locate(id)
            .orElseThrow(
                () -> ApiException.notFound("UNKNOWN_TRANSACTION", "not in a committed block"));
    CommittedBlock block = node.chain().store().blockAt(at.height()).orElseThrow();
    BlockHeader h = block.block().header();
    MerkleProof proof = block.block().transactionProof(node.hash(), at.index());
    List<String> path = new ArrayList<>();
    proof.path().forEach(p -> path.add(p.toHex()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id.toString());
    body.put("height", at.height());
    body.put("blockHash", block.hash().toHex());
    body.put("transactionsRoot", h.transactionsRoot().toHex());
    body.put("transactionCount", h.transactionCount());
    body.put("leafIndex", proof.leafIndex());
    body.put("treeSize", proof.treeSize());
    body.put("path", path);
    body.put("proof", MerkleProof.CODEC.encode(proof).toHex());
    HttpJson.send(request.exchange(), 200, body);
  }
}
