package org.silkchain.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.sdk.ApiError;
import org.silkchain.sdk.Member;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.sdk.TxReceipt;

/**
 * The demo's client of the node API, on the SDK: signs and submits a transaction, waits until it is
 * committed (the API's submit-and-wait) and runs module queries. Submissions rotate over the nodes,
 * so the story visibly uses the whole network.
 */
public final class ChainClient {
  /** What a committed transaction left: its id, block height, result code and the receipt. */
  public record Committed(String txId, long height, String code, JsonNode receipt) {}

  private static final long VALIDITY_BLOCKS = 100_000;

  /** The longest one submit-and-wait call may block at the node. */
  private static final Duration MAX_WAIT = Duration.ofSeconds(60);

  private final List<SilkchainClient> nodes;
  private final ChainId chainId;
  private final SignatureSuite suite;
  private final HashFunction hash;
  private final Duration patience;
  private int next;

  /** The highest block a transaction of ours committed in: reads wait for the first node to it. */
  private long seen;

  /**
   * @param apis base URIs of the nodes' APIs ({@code http://127.0.0.1:28601})
   * @param patience how long a transaction may take to commit
   */
  public ChainClient(
      List<URI> apis, ChainId chainId, SignatureSuite suite, HashFunction hash, Duration patience) {
    this.nodes = apis.stream().map(SilkchainClient::connect).toList();
    this.chainId = chainId;
    this.suite = suite;
    this.hash = hash;
    this.patience = patience;
  }

  public HashFunction hash() {
    return hash;
  }

  /** Signs {@code payload} as {@code who}, submits it and waits until it is committed. */
  public Committed execute(Party who, Payload payload) throws StepFailed {
    long nonce = who.takeNonce();
    TransactionBody body =
        new TransactionBody(
            chainId, who.account(), nonce, new ValidityWindow(0, VALIDITY_BLOCKS), payload);
    SignedTransaction tx = SignedTransaction.sign(body, List.of(who.key()), suite);
    TransactionId id = tx.id(hash);
    SilkchainClient node = nodes.get(next++ % nodes.size());
    long deadline = System.nanoTime() + patience.toNanos();
    try {
      TxReceipt receipt =
          node.submitAndWait(tx, patience.compareTo(MAX_WAIT) < 0 ? patience : MAX_WAIT);
      return committed(receipt);
    } catch (ApiError e) {
      if (!e.code().equals("TIMEOUT")) {
        throw new StepFailed(node.api() + ": transaction " + id + ": " + e.getMessage(), e);
      }
    }
    // Patience beyond one wait: keep asking until the deadline.
    while (System.nanoTime() - deadline < 0) {
      Optional<JsonNode> r = read(node, id);
      if (r.isPresent() && r.get().path("status").asText().equals("committed")) {
        JsonNode receipt = r.get();
        return seen(
            new Committed(
                id.toString(),
                receipt.path("height").asLong(),
                receipt.path("result").path("code").asText("?"),
                receipt));
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StepFailed("interrupted", e);
      }
    }
    throw new StepFailed(
        "transaction " + id + " not committed within " + patience.toSeconds() + " s");
  }

  private static Optional<JsonNode> read(SilkchainClient node, TransactionId id) throws StepFailed {
    try {
      return node.transaction(id);
    } catch (ApiError e) {
      throw new StepFailed("receipt of " + id + ": " + e.getMessage(), e);
    }
  }

  private Committed committed(TxReceipt r) {
    return seen(new Committed(r.id().toString(), r.height(), r.code(), r.json()));
  }

  private Committed seen(Committed c) {
    seen = Math.max(seen, c.height());
    return c;
  }

  /**
   * Waits until the first node, which answers the reads, has the block of our latest transaction:
   * it was submitted to another node, and reads must see what the story just did.
   */
  private long awaitSeen() throws StepFailed {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      long h = height();
      if (h >= seen) {
        return h;
      }
      if (System.nanoTime() - deadline > 0) {
        throw new StepFailed(nodes.get(0).api() + " did not reach height " + seen);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StepFailed("interrupted", e);
      }
    }
  }

  /**
   * Runs query {@code module/name} with {@code request} and decodes the answer.
   *
   * @throws StepFailed if the node answers with an error (such as NOT_FOUND)
   */
  public <Q, R> R query(String module, String name, Codec<Q> request, Q value, Codec<R> response)
      throws StepFailed {
    return response.decode(queryRaw(module, name, request.encode(value)));
  }

  /**
   * The state at the first node's tip as {@code reader} reads it: every key through a signed
   * state-proof request, each proof checked against the block's state root. The module clients
   * (sealing for a deal's parties, opening a bill) read through this; pinned to one height, so that
   * one seal sees one state.
   */
  public StateAccess state(Party reader) throws StepFailed {
    SilkchainClient node = nodes.get(0);
    Member member = Member.of(reader.key());
    Optional<Long> height = Optional.of(awaitSeen());
    return key -> {
      try {
        return node.stateEntry(key, height, member).value();
      } catch (ApiError e) {
        throw new IllegalStateException("state " + key.toHex() + ": " + e.getMessage(), e);
      }
    };
  }

  /** The first node's height. */
  public long height() throws StepFailed {
    try {
      return nodes.get(0).status().path("height").asLong();
    } catch (ApiError e) {
      throw new StepFailed("status: " + e.getMessage(), e);
    }
  }

  /** The time of the first node's latest block (block time, which deadlines are measured in). */
  public long blockTime() throws StepFailed {
    try {
      return nodes.get(0).block(height()).path("timestampMillis").asLong();
    } catch (ApiError e) {
      throw new StepFailed("block time: " + e.getMessage(), e);
    }
  }

  /**
   * Runs a confidential query (sealed content) as {@code reader}, whose signed request the node
   * checks before answering.
   */
  public <Q, R> R query(
      Party reader, String module, String name, Codec<Q> request, Q value, Codec<R> response)
      throws StepFailed {
    return response.decode(
        queryRaw(module, name, request.encode(value), Optional.of(Member.of(reader.key()))));
  }

  /** The canonical encoding a query answers with, undecoded. */
  public Bytes queryRaw(String module, String name, Bytes request) throws StepFailed {
    return queryRaw(module, name, request, Optional.empty());
  }

  private Bytes queryRaw(String module, String name, Bytes request, Optional<Member> as)
      throws StepFailed {
    awaitSeen();
    try {
      return nodes.get(0).query(module, name, request, as);
    } catch (ApiError e) {
      throw new StepFailed("query " + module + "/" + name + ": " + e.getMessage(), e);
    }
  }
}
