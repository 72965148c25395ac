package org.silkchain.trade.kv;

import java.util.List;
import org.silkchain.codec.Bytes;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;

/**
 * A plain key-value store per account, the payload the node contract promised clients before the
 * trade modules: {@code kv/put} writes {@code kv/<sender account hex>/<key>}. Any member may use
 * it; an account writes only under its own id, so no one overwrites another's entries.
 *
 * <p>The key is free UTF-8 text (it may hold {@code /}), so the state key is built as text rather
 * than with {@code StateKey}: the sender part is fixed-length hex, hence keys of different senders
 * never collide.
 */
public final class KvModule implements TradeModule {
  public static final String NAME = "kv";

  public static final Action<KvPut> PUT = Action.open(KvPut.ACTION, KvPut.CODEC, KvModule::put);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Action<?>> actions() {
    return List.of(PUT);
  }

  @Override
  public List<Query<?, ?>> queries() {
    return List.of();
  }

  /** Where {@code kv/put} from {@code sender} stores {@code key}. */
  public static Bytes key(AccountId sender, String key) {
    return Bytes.utf8(NAME + "/" + sender.bytes().toHex() + "/" + key);
  }

  private static void put(ExecutionContext ctx, KvPut body) {
    ctx.put(key(ctx.sender(), body.key()), body.value());
  }
}
