package org.silkchain.trade.listing;

import java.util.ArrayList;
import java.util.List;
import org.silkchain.codec.Bytes;
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
    return state.read(StateKey.of(module, name, StateKey.part(account)), COUNT).orElse(0L);
  }

  /** Appends {@code id} to {@code account}'s list. */
  public void append(ExecutionContext ctx, AccountId account, Hash id) {
    long n = count(ctx, account);
    ctx.write(StateKey.of(module, name, StateKey.part(account), StateKey.part(n)), Hash.CODEC, id);
    ctx.write(StateKey.of(module, name, StateKey.part(account)), COUNT, n + 1);
  }

  /** The ids of {@code request}'s page, oldest first. */
  public IdPage page(StateAccess state, PageRequest request) {
    long total = count(state, request.account());
    List<Hash> ids = new ArrayList<>();
    for (long n = request.from(); n < total && ids.size() < request.limit(); n++) {
      Bytes key = StateKey.of(module, name, StateKey.part(request.account()), StateKey.part(n));
      state.read(key, Hash.CODEC).ifPresent(ids::add);
    }
    return new IdPage(total, ids);
  }
}
