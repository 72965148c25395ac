package org.silkchain.runtime.module;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;

/** The request of a query that needs no argument; encodes to zero bytes. */
public record Empty() {
  public static final Empty INSTANCE = new Empty();

  public static final Codec<Empty> CODEC =
      new Codec<>() {
        @Override
        public void encode(Empty value, CanonicalWriter out) {}

        @Override
        public Empty decode(CanonicalReader in) {
          return INSTANCE;
        }
      };
}
