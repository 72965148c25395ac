package org.silkchain.trade.ebl;

import java.util.List;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/**
 * One consignment item (DCSA {@code ConsignmentItem}): the goods under one booking, described in
 * lines of at most 35 characters, classified by an HS code, and packed into cargo items, each in
 * one container.
 */
public record Consignment(
    String bookingReference, List<String> description, String hsCode, List<Cargo> cargo) {
  static final Pattern HS_CODE = Pattern.compile("\\d{6,10}");

  /**
   * The part of a consignment in one container: gross weight in grams (an integer: no floating
   * point in signed or sealed data), number and kind of outer packages.
   */
  public record Cargo(
      String equipmentReference, long grossWeightGrams, int packages, String packaging) {
    public Cargo {
      Text.text("cargo.equipmentReference", equipmentReference, 11);
      Text.text("cargo.packaging", packaging, 100);
      if (grossWeightGrams <= 0 || packages < 1 || packages > 99_999_999) {
        throw new IllegalArgumentException("cargo: weight and packages must be positive");
      }
    }
  }

  private static final Codec<Cargo> CARGO =
      new Codec<>() {
        @Override
        public void encode(Cargo c, CanonicalWriter out) {
          out.string(c.equipmentReference).u63(c.grossWeightGrams).u32(c.packages);
          out.string(c.packaging);
        }

        @Override
        public Cargo decode(CanonicalReader in) {
          String equipment = in.string("cargo.equipmentReference", 44);
          long grams = in.u63("cargo.grossWeight");
          long packages = in.u32("cargo.packages");
          String packaging = in.string("cargo.packaging", 400);
          if (packages > 99_999_999) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "cargo.packages");
          }
          return Text.decoded(
              "cargo", () -> new Cargo(equipment, grams, (int) packages, packaging));
        }
      };

  private static final Codec<String> LINE = Text.string("consignment.description", 140);

  public static final Codec<Consignment> CODEC =
      new Codec<>() {
        @Override
        public void encode(Consignment c, CanonicalWriter out) {
          out.string(c.bookingReference).list(c.description, LINE).string(c.hsCode);
          out.list(c.cargo, CARGO);
        }

        @Override
        public Consignment decode(CanonicalReader in) {
          String booking = in.string("consignment.booking", 140);
          List<String> lines = in.list("consignment.description", 150, LINE);
          String hs = in.string("consignment.hsCode", 10);
          List<Cargo> cargo = in.list("consignment.cargo", 64, CARGO);
          return Text.decoded("consignment", () -> new Consignment(booking, lines, hs, cargo));
        }
      };

  public Consignment {
    Text.text("consignment.bookingReference", bookingReference, 35);
    description = Text.lines("consignment.description", description, 150, 35);
    if (description.isEmpty()) {
      throw new IllegalArgumentException("consignment.description: at least one line");
    }
    Text.code("consignment.hsCode", hsCode, HS_CODE);
    cargo = Text.list("consignment.cargo", cargo, 1, 64);
  }
}
