package org.silkchain.storage.rocksdb;

import java.nio.ByteBuffer;
import org.silkchain.storage.TxLocation;

/** Fixed-width key and value layouts of the RocksDB store. */
final class Keys {
  static final byte[] TIP = {'t', 'i', 'p'};

  private Keys() {}

  static byte[] height(long height) {
    return ByteBuffer.allocate(8).putLong(height).array();
  }

  static long height(byte[] bytes) {
    if (bytes.length != 8) {
      throw new IllegalArgumentException("height value of " + bytes.length + " bytes");
    }
    return ByteBuffer.wrap(bytes).getLong();
  }

  static byte[] location(TxLocation location) {
    return ByteBuffer.allocate(12).putLong(location.height()).putInt(location.index()).array();
  }

  static TxLocation location(byte[] bytes) {
    if (bytes.length != 12) {
      throw new IllegalArgumentException("transaction location of " + bytes.length + " bytes");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return new TxLocation(buffer.getLong(), buffer.getInt());
  }
}
