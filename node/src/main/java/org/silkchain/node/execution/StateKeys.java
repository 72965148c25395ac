package org.silkchain.node.execution;

import org.silkchain.codec.Bytes;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.receipt.EventIndex;
import org.silkchain.trade.kv.KvModule;

/**
 * The layout of the state's keys (UTF-8 text, so that they read well in tools). The node owns
 * {@code genesis} and {@code member}; the runtime owns {@code account}, {@code receipt} and {@code
 * idx}; each trade module owns its name. No key of one prefix can be a key of another.
 *
 * <ul>
 *   <li>{@code genesis/hash}: the genesis hash, so that the genesis block (via its state root)
 *       commits to the whole genesis, TLS pins included
 *   <li>{@code member/<id>}: a {@code GenesisMember} encoding (the node's member registry, by
 *       member id; the identity module keeps its own by account)
 *   <li>{@code account/<account id hex>}: the runtime's {@code AccountRecord}
 *   <li>{@code receipt/<tx id hex>}: the runtime's {@code Receipt}
 *   <li>{@code kv/<sender account hex>/<key>}: a value written by {@code kv/put}
 * </ul>
 */
public final class StateKeys {
  public static final Bytes GENESIS_HASH = Bytes.utf8("genesis/hash");

  private StateKeys() {}

  public static Bytes member(String id) {
    return Bytes.utf8("member/" + id);
  }

  public static Bytes account(AccountId id) {
    return Accounts.key(id);
  }

  public static Bytes receipt(org.silkchain.ledger.transaction.TransactionId id) {
    return EventIndex.receiptKey(id);
  }

  public static Bytes kv(AccountId sender, String key) {
    return KvModule.key(sender, key);
  }
}
