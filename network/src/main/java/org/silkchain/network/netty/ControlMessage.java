package org.silkchain.network.netty;

import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.PublicKey;

/**
 * The payloads of {@link org.silkchain.network.Channel#CONTROL} frames: a kind byte, then the
 * kind's fields in canonical encoding.
 */
sealed interface ControlMessage {
  int HELLO = 1;
  int PING = 2;

  /** The first frame each side sends after TLS. */
  record Hello(int protocolVersion, Hash genesisHash, PublicKey nodeKey)
      implements ControlMessage {}

  /** Sent when a link has been write-idle for a while, so the other side sees it alive. */
  record Ping() implements ControlMessage {}

  static Bytes encode(ControlMessage message) {
    CanonicalWriter out = new CanonicalWriter();
    switch (message) {
      case Hello hello -> {
        out.u8(HELLO).u16(hello.protocolVersion());
        Hash.CODEC.encode(hello.genesisHash(), out);
        PublicKey.CODEC.encode(hello.nodeKey(), out);
      }
      case Ping ignored -> out.u8(PING);
    }
    return out.toBytes();
  }

  /**
   * @throws DecodeException for an unknown kind, truncated fields or trailing bytes
   */
  static ControlMessage decode(Bytes payload) {
    CanonicalReader in = new CanonicalReader(payload);
    int kind = in.u8("control.kind");
    ControlMessage message =
        switch (kind) {
          case HELLO ->
              new Hello(in.u16("hello.version"), Hash.CODEC.decode(in), PublicKey.CODEC.decode(in));
          case PING -> new Ping();
          default ->
              throw new DecodeException(DecodeException.Reason.UNKNOWN_TAG, "control kind " + kind);
        };
    in.expectEnd();
    return message;
  }
}
