package org.silkchain.runtime.receipt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.silkchain.codec.Bytes;
import org.silkchain.runtime.state.StateKey;

/**
 * The state keys under which events are indexed: one key per event attribute, {@code
 * idx/<module>/<type>/<attrKey>/<attrValue>/<height>/<txIndex>}, whose value is the transaction id
 * (its receipt is at {@link #receiptKey}). Height and index are zero-padded, so a prefix scan of
 * {@link #prefix} lists matching transactions in chain order.
 *
 * <p>The index is written to state, so it is part of the state root and every node holds the same
 * index; it is a function of the receipts only.
 */
public final class EventIndex {
  public static final String NAMESPACE = "idx";
  public static final String RECEIPTS = "receipt";

  private EventIndex() {}

  /** The index keys of one event of the transaction at {@code height}/{@code txIndex}. */
  public static List<Bytes> keys(Event event, long height, int txIndex) {
    List<Bytes> keys = new ArrayList<>(event.attributes().size());
    for (Map.Entry<String, String> a : event.attributes().entrySet()) {
      keys.add(
          StateKey.of(
              NAMESPACE,
              event.module(),
              event.type(),
              a.getKey(),
              a.getValue(),
              StateKey.part(height),
              StateKey.part(txIndex)));
    }
    return keys;
  }

  /** Prefix of the index keys of every {@code module/type} event with {@code attrKey=attrValue}. */
  public static Bytes prefix(String module, String type, String attrKey, String attrValue) {
    return StateKey.prefix(NAMESPACE, module, type, attrKey, attrValue);
  }

  /** Where the receipt of a transaction is kept. */
  public static Bytes receiptKey(org.silkchain.ledger.transaction.TransactionId id) {
    return StateKey.of(RECEIPTS, id.hash().toHex());
  }
}
