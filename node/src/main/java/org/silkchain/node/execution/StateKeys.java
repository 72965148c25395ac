package org.silkchain.node.execution;

import org.silkchain.codec.Bytes;
import org.silkchain.ledger.transaction.AccountId;

/**
 * The layout of the state's keys (UTF-8 text, so that they read well in tools). Each prefix belongs
 * to one part of the node; no key of one prefix can be a key of another.
 *
 * <ul>
 *   <li>{@code genesis/hash}: the genesis hash, so that the genesis block (via its state root)
 *       commits to the whole genesis, TLS pins included
 *   <li>{@code member/<id>}: a {@code GenesisMember} encoding (the member registry)
 *   <li>{@code account/<account id hex>}: an {@link Account}
 *   <li>{@code kv/<sender account hex>/<key>}: a value written by {@code kv/put}
 *   <li>{@code results/<height>}: the {@link BlockResults} of that block
 * </ul>
 */
public final class StateKeys {
  public static final Bytes GENESIS_HASH = Bytes.utf8("genesis/hash");

  private StateKeys() {}

  public static Bytes member(String id) {
    return Bytes.utf8("member/" + id);
  }

  public static Bytes account(AccountId id) {
    return Bytes.utf8("account/" + id.bytes().toHex());
  }

  public static Bytes kv(AccountId sender, String key) {
    return Bytes.utf8("kv/" + sender.bytes().toHex() + "/" + key);
  }

  public static Bytes results(long height) {
    return Bytes.utf8("results/" + height);
  }
}
