package org.silkchain.runtime.receipt;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.runtime.result.ResultCode;

/**
 * What executing a transaction gave: its code, a message naming the cause of a failure, the events
 * of a success, and what it cost (state writes, metered steps). Kept in state under {@code
 * receipt/<tx id hex>}.
 *
 * <p>Invariants: a receipt that is not {@link ResultCode#OK} has no events (a failed action's
 * events are discarded with its writes); the message has at most {@value #MAX_MESSAGE_BYTES} UTF-8
 * bytes (longer ones are cut by {@link #truncate}).
 */
public record Receipt(
    TransactionId txId,
    long height,
    int txIndex,
    ResultCode code,
    String message,
    List<Event> events,
    int writes,
    long steps) {
  public static final int TYPE_TAG = 0x0801;
  public static final int VERSION = 1;
  public static final int MAX_MESSAGE_BYTES = 512;
  public static final int MAX_EVENTS = 64;

  public static final Codec<Receipt> CODEC =
      new Codec<>() {
        @Override
        public void encode(Receipt r, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION);
          TransactionId.CODEC.encode(r.txId, out);
          out.u63(r.height).u32(r.txIndex);
          ResultCode.CODEC.encode(r.code, out);
          out.string(r.message).list(r.events, Event.CODEC).u32(r.writes).u63(r.steps);
        }

        @Override
        public Receipt decode(CanonicalReader in) {
          in.header("receipt", TYPE_TAG, VERSION);
          TransactionId id = TransactionId.CODEC.decode(in);
          long height = in.u63("receipt.height");
          long index = in.u32("receipt.txIndex");
          ResultCode code = ResultCode.CODEC.decode(in);
          String message = in.string("receipt.message", MAX_MESSAGE_BYTES);
          List<Event> events = in.list("receipt.events", MAX_EVENTS, Event.CODEC);
          long writes = in.u32("receipt.writes");
          long steps = in.u63("receipt.steps");
          if (index > Integer.MAX_VALUE || writes > Integer.MAX_VALUE) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "receipt: counter");
          }
          if (!code.isOk() && !events.isEmpty()) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE, "receipt: failed with events");
          }
          return new Receipt(id, height, (int) index, code, message, events, (int) writes, steps);
        }
      };

  public Receipt {
    Objects.requireNonNull(txId, "txId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    events = List.copyOf(events);
    if (height < 0 || txIndex < 0 || writes < 0 || steps < 0) {
      throw new IllegalArgumentException("negative receipt counter");
    }
    if (message.getBytes(StandardCharsets.UTF_8).length > MAX_MESSAGE_BYTES) {
      throw new IllegalArgumentException("receipt message too long; use truncate()");
    }
    if (events.size() > MAX_EVENTS || (!code.isOk() && !events.isEmpty())) {
      throw new IllegalArgumentException("a failed receipt has no events, at most " + MAX_EVENTS);
    }
  }

  public boolean isOk() {
    return code.isOk();
  }

  /** {@code message} cut to at most {@value #MAX_MESSAGE_BYTES} UTF-8 bytes, on a code point. */
  public static String truncate(String message) {
    if (message == null) {
      return "";
    }
    if (message.getBytes(StandardCharsets.UTF_8).length <= MAX_MESSAGE_BYTES) {
      return message;
    }
    int end = message.length();
    while (message.substring(0, end).getBytes(StandardCharsets.UTF_8).length
        > MAX_MESSAGE_BYTES - 3) {
      end = message.offsetByCodePoints(end, -1);
    }
    return message.substring(0, end) + "...";
  }
}
