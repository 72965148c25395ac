package org.silkchain.network.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import org.silkchain.codec.Bytes;
import org.silkchain.network.Channel;

/**
 * Frame layout: {@code u32 length (big-endian) || u8 channel code || payload}, where {@code length}
 * counts the channel byte and the payload.
 */
final class Frames {
  static final int LENGTH_PREFIX_BYTES = 4;
  static final int HEADER_BYTES = LENGTH_PREFIX_BYTES + 1;

  private Frames() {}

  /** Bytes the frame occupies on the wire (before TLS). */
  static long wireSize(Bytes payload) {
    return HEADER_BYTES + (long) payload.size();
  }

  /** The frame as a buffer that wraps, not copies, the payload (Bytes is immutable). */
  static ByteBuf encode(Channel channel, Bytes payload) {
    byte[] header = new byte[HEADER_BYTES];
    int length = payload.size() + 1;
    header[0] = (byte) (length >>> 24);
    header[1] = (byte) (length >>> 16);
    header[2] = (byte) (length >>> 8);
    header[3] = (byte) length;
    header[4] = (byte) channel.code();
    return payload.isEmpty()
        ? Unpooled.wrappedBuffer(header)
        : Unpooled.wrappedBuffer(header, payload.unsafeArray());
  }

  /** Writes and flushes one frame, counting it once the socket took it. */
  static ChannelFuture write(
      io.netty.channel.Channel socket, Channel channel, Bytes payload, Counters counters) {
    long size = wireSize(payload);
    return socket
        .writeAndFlush(encode(channel, payload))
        .addListener(
            future -> {
              if (future.isSuccess()) {
                counters.framesOut.increment();
                counters.bytesOut.add(size);
              }
            });
  }
}
