package org.silkchain.trade.listing;

import java.util.ArrayList;
import java.util.List;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;

/**
 * An append-only list of ids per account, for "documents by party" or "messages to a bank": {@code
 * <module>/<list>/<account hex>} holds the count and {@code <module>/<list>/<account hex>/<n>} the
 * n-th id. The state has no range scans, so each entry has its own numbered key, and adding one
 * costs two writes however long the list grows.
 */
public final class Listing {
  static final int COUNT_TAG = 0x0D88;

  private static final Codec<Long> COUNT =
      new Codec<>() {
        @Override
        public void encode(Long n, CanonicalWriter out) {
          out.header(COUNT_TAG, 1).u63(n);
        }

        @Override
        public Long decode(CanonicalReader in) {
          in.header("listing.count", COUNT_TAG, 1);
          return in.u63("listing.count");
        }
      };

  private final String module;
  private final String name;

  /** The list {@code name} of {@code module}, one per account. */
  public Listing(String module, String name) {
    StateKey.of(module, name); // checks both parts
    this.module = module;
    this.name = name;
  }

  public long count(StateAccess state, AccountId account) {
    return count(state, StateKey.part(account));
  }

  /** Appends {@code id} to {@code account}'s list. */
  public void append(ExecutionContext ctx, AccountId account, Hash id) {
    append(ctx, StateKey.part(account), id);
  }

  /** The ids of {@code request}'s page, oldest first. */
  public IdPage page(StateAccess state, PageRequest request) {
    return page(state, StateKey.part(request.account()), request.from(), request.limit());
  }

  /**
   * Appends {@code id} to the list of an object that is not an account (such as the transactions
   * that changed a letter of credit, listed under the credit's id).
   */
  public void append(ExecutionContext ctx, Hash owner, Hash id) {
    append(ctx, owner.toHex(), id);
  }

  /** Up to {@code limit} ids of {@code owner}'s list from {@code from}, oldest first. */
  public IdPage page(StateAccess state, Hash owner, long from, int limit) {
    return page(state, owner.toHex(), from, limit);
  }

  private long count(StateAccess state, String owner) {
    return state.read(StateKey.of(module, name, owner), COUNT).orElse(0L);
  }

  private void append(ExecutionContext ctx, String owner, Hash id) {
    long n = count(ctx, owner);
    ctx.write(StateKey.of(module, name, owner, StateKey.part(n)), Hash.CODEC, id);
    ctx.write(StateKey.of(module, name, owner), COUNT, n + 1);
  }

  private IdPage page(StateAccess state, String owner, long from, int limit) {
    long total = count(state, owner);
    List<Hash> ids = new ArrayList<>();
    for (long n = from; n < total && ids.size() < limit; n++) {
      state
          .read(StateKey.of(module, name, owner, StateKey.part(n)), Hash.CODEC)
          .ifPresent(ids::add);
    }
    return new IdPage(total, ids);
  }
}
