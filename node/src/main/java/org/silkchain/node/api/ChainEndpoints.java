package org.silkchain.node.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.block.BlockHeader;
import org.silkchain.ledger.block.CommitCertificate;
import org.silkchain.node.driver.DriverStatus;
import org.silkchain.runtime.validators.ValidatorRegistry;
import org.silkchain.storage.ChainTip;
import org.silkchain.storage.CommittedBlock;

/** Health and the chain itself: liveness, readiness, status and blocks. */
final class ChainEndpoints {
  private final NodeView node;

  ChainEndpoints(NodeView node) {
    this.node = node;
  }

  void register(Router router) {
    router.add("GET", "/liveness", r -> HttpJson.send(r.exchange(), 200, Map.of("status", "ok")));
    router.add("GET", "/readiness", this::readiness);
    router.add("GET", "/api/v1/status", this::status);
    router.add("GET", "/api/v1/peers", this::peers);
    router.add("GET", "/api/v1/blocks/{height}", this::block);
    router.add("GET", "/api/v1/blocks/{height}/certificate", this::certificate);
  }

  /** Ready: consensus runs, caught up with the highest peer, and connected to 2f peers. */
  private void readiness(Router.Request request) throws IOException {
    DriverStatus s = node.consensus();
    ChainTip tip = node.chain().tip();
    boolean caughtUp = s.running() && s.highestPeerHeight() <= tip.height() + 1;
    boolean connected = node.connectedPeers() >= node.requiredPeers();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ready", caughtUp && connected);
    body.put("caughtUp", caughtUp);
    body.put("peers", node.connectedPeers());
    body.put("requiredPeers", node.requiredPeers());
    HttpJson.send(request.exchange(), caughtUp && connected ? 200 : 503, body);
  }

  private void status(Router.Request request) throws IOException, ApiException {
    QueryString.only(request.query());
    ChainTip tip = node.chain().tip();
    DriverStatus s = node.consensus();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nodeId", node.memberId());
    body.put("nodeKey", node.nodeKey().bytes().toHex());
    body.put("height", tip.height());
    body.put("tipHash", tip.blockHash().toHex());
    body.put("stateRoot", tip.stateRoot().toHex());
    body.put("round", s.round());
    body.put("peers", node.connectedPeers());
    body.put("mempool", node.mempool().size());
    // Registered at the tip: a validator from two heights on, if not already.
    body.put(
        "validator",
        ValidatorRegistry.find(node.chain().committedState(), node.nodeKey()).isPresent());
    body.put("suite", node.nodeKey().suite().name());
    HttpJson.send(request.exchange(), 200, body);
  }

  /**
   * The peers connected now, sorted by key; a peer whose key is in the validator set at the tip
   * (the {@code GET /api/v1/validators} source) is named by its operator.
   */
  private void peers(Router.Request request) throws IOException, ApiException {
    QueryString.only(request.query());
    long height = node.chain().tip().height();
    Map<PublicKey, ValidatorRegistry.Entry> validators = new TreeMap<>();
    for (ValidatorRegistry.Entry e : ValidatorRegistry.entries(node.chain().stateAt(height))) {
      validators.put(e.key(), e);
    }
    List<Map<String, Object>> list = new ArrayList<>();
    for (PublicKey key : new TreeSet<>(node.peerKeys())) {
      Map<String, Object> peer = new LinkedHashMap<>();
      peer.put("key", key.bytes().toHex());
      ValidatorRegistry.Entry v = validators.get(key);
      peer.put("validator", v != null);
      if (v != null) {
        peer.put("operator", v.operator().toString());
      }
      list.add(peer);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("height", height);
    body.put("peers", list);
    HttpJson.send(request.exchange(), 200, body);
  }

  static long height(String text, String field) throws ApiException {
    try {
      long h = Long.parseLong(text);
      if (h >= 0) {
        return h;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ApiException.field("MALFORMED", field, "must be a non-negative integer");
  }

  private void block(Router.Request request) throws IOException, ApiException {
    QueryString.only(request.query());
    long height = height(request.path().get("height"), "height");
    CommittedBlock b =
        node.chain()
            .store()
            .blockAt(height)
            .orElseThrow(() -> ApiException.notFound("UNKNOWN_BLOCK", "no block at " + height));
    HttpJson.send(request.exchange(), 200, blockJson(b));
  }

  /**
   * The commit certificate this node holds for the block. Nodes may hold different ones for the
   * same block (any quorum of precommits certifies it), which is why the block JSON, identical
   * everywhere, leaves it out.
   */
  private void certificate(Router.Request request) throws IOException, ApiException {
    QueryString.only(request.query());
    long height = height(request.path().get("height"), "height");
    CommittedBlock b =
        node.chain()
            .store()
            .blockAt(height)
            .orElseThrow(() -> ApiException.notFound("UNKNOWN_BLOCK", "no block at " + height));
    CommitCertificate c =
        b.certificate()
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "NO_CERTIFICATE", "block " + height + " is genesis: trust it by its hash"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("height", height);
    body.put("blockHash", c.blockHash().toHex());
    body.put("round", c.round());
    body.put("signatures", c.signatures().size());
    body.put("encoded", CommitCertificate.CODEC.encode(c).toHex());
    HttpJson.send(request.exchange(), 200, body);
  }

  static Map<String, Object> blockJson(CommittedBlock b) {
    BlockHeader h = b.block().header();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("height", h.height());
    body.put("hash", b.hash().toHex());
    body.put("chainId", h.chainId().value());
    body.put("previousHash", h.previousHash().toHex());
    body.put("timestampMillis", h.timestampMillis());
    body.put("proposer", h.proposer().bytes().toHex());
    body.put("validatorSetHash", h.validatorSetHash().toHex());
    body.put("transactionCount", h.transactionCount());
    body.put("transactionsRoot", h.transactionsRoot().toHex());
    body.put("stateRoot", h.stateRoot().toHex());
    body.put("resultsRoot", h.resultsRoot().toHex());
    List<String> ids = new ArrayList<>();
    b.txIds().forEach(id -> ids.add(id.toString()));
    body.put("transactions", ids);
    body.put("header", BlockHeader.CODEC.encode(h).toHex());
    b.certificate()
        .ifPresent(
            c ->
                body.put(
                    "certificate",
                    Map.of(
                        "round",
                        c.round(),
                        "signatures",
                        c.signatures().size(),
                        "signers",
                        c.signatures().stream()
                            .map(sig -> sig.validator().bytes().toHex())
                            .toList())));
    return body;
  }
}
