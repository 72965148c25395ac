package org.silkchain.trade.ebl;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;

/** A port by its UN/LOCODE and the name the bill displays ("Shanghai", "Hamburg"). */
public record Port(String unLocode, String name) {
  public static final Codec<Port> CODEC =
      new Codec<>() {
        @Override
        public void encode(Port p, CanonicalWriter out) {
          out.string(p.unLocode).string(p.name);
        }

        @Override
        public Port decode(CanonicalReader in) {
          String code = in.string("port.unLocode", 5);
          String name = in.string("port.name", 400);
          return Text.decoded("port", () -> new Port(code, name));
        }
      };

  public Port {
    Text.code("port.unLocode", unLocode, Text.UN_LOCODE);
    Text.text("port.name", name, 100);
  }
}
