package org.silkchain.trade.ebl;

import java.util.Objects;
import java.util.Optional;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;

/**
 * A party named on the bill (shipper, consignee, notify party, issuing carrier, endorsee), as the
 * DCSA document parties have it: a name, a postal address, and, where the party is on the network,
 * its account (exported as an identifying code, list provider {@code ZZZ}, mutually defined).
 */
public record BillParty(String name, Optional<Address> address, Optional<AccountId> account) {
  public static final int TYPE_TAG = 0x0E21;

  /** A postal address: street, city and ISO 3166-1 alpha-2 country, as DCSA requires. */
  public record Address(String street, String city, String countryCode) {
    public Address {
      Text.text("address.street", street, 70);
      Text.text("address.city", city, 35);
      Text.code("address.countryCode", countryCode, Text.COUNTRY);
    }
  }

  private static final Codec<String> STREET = Text.string("party.street", 280);
  private static final Codec<String> CITY = Text.string("party.city", 140);
  private static final Codec<Address> ADDRESS =
      new Codec<>() {
        @Override
        public void encode(Address a, CanonicalWriter out) {
          out.string(a.street).string(a.city).string(a.countryCode);
        }

        @Override
        public Address decode(CanonicalReader in) {
          String street = STREET.decode(in);
          String city = CITY.decode(in);
          String country = in.string("party.country", 2);
          return Text.decoded("party.address", () -> new Address(street, city, country));
        }
      };

  public static final Codec<BillParty> CODEC =
      new Codec<>() {
        @Override
        public void encode(BillParty p, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).string(p.name).optional(p.address, ADDRESS);
          out.optional(p.account, AccountId.CODEC);
        }

        @Override
        public BillParty decode(CanonicalReader in) {
          in.header("party", TYPE_TAG, 1);
          String name = in.string("party.name", 280);
          Optional<Address> address = in.optional("party.address", ADDRESS);
          Optional<AccountId> account = in.optional("party.account", AccountId.CODEC);
          return Text.decoded("party", () -> new BillParty(name, address, account));
        }
      };

  public BillParty {
    Text.text("party.name", name, 70);
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(account, "account");
  }

  /** A party on the network, with its address. */
  public static BillParty of(String name, Address address, AccountId account) {
    return new BillParty(name, Optional.of(address), Optional.of(account));
  }
}
