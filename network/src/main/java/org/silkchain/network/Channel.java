package org.silkchain.network;

import org.silkchain.codec.DecodeException;

/**
 * The logical stream a frame belongs to; its code is the first byte of every frame. {@link
 * #CONTROL} carries the network's own messages (hello, ping) and is never delivered to a {@link
 * MessageHandler}, nor can the application send on it.
 */
public enum Channel {
  CONSENSUS(1),
  TRANSACTIONS(2),
  SYNC(3),
  CONTROL(4);

  private final int code;

  Channel(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /**
   * @throws DecodeException ({@code UNKNOWN_TAG}) for a code no channel has
   */
  public static Channel fromCode(int code) {
    return switch (code) {
      case 1 -> CONSENSUS;
      case 2 -> TRANSACTIONS;
      case 3 -> SYNC;
      case 4 -> CONTROL;
      default -> throw new DecodeException(DecodeException.Reason.UNKNOWN_TAG, "channel " + code);
    };
  }
}
