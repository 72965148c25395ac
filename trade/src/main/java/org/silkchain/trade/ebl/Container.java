package org.silkchain.trade.ebl;

import java.util.List;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;

/**
 * A container the goods travel in (DCSA {@code UtilizedTransportEquipment}): its reference
 * (container number), ISO 6346 size-type code, seal numbers and whether the shipper owns it.
 */
public record Container(
    String reference, String isoCode, List<String> seals, boolean shipperOwned) {
  private static final Codec<String> SEAL = Text.string("container.seal", 60);

  public static final Codec<Container> CODEC =
      new Codec<>() {
        @Override
        public void encode(Container c, CanonicalWriter out) {
          out.string(c.reference).string(c.isoCode).list(c.seals, SEAL).bool(c.shipperOwned);
        }

        @Override
        public Container decode(CanonicalReader in) {
          String reference = in.string("container.reference", 44);
          String iso = in.string("container.isoCode", 16);
          List<String> seals = in.list("container.seals", 16, SEAL);
          boolean owned = in.bool("container.shipperOwned");
          return Text.decoded("container", () -> new Container(reference, iso, seals, owned));
        }
      };

  public Container {
    Text.text("container.reference", reference, 11);
    Text.text("container.isoCode", isoCode, 4);
    seals = Text.lines("container.seals", seals, 16, 15);
    if (seals.isEmpty()) {
      throw new IllegalArgumentException("container.seals: at least one seal");
    }
  }
}
