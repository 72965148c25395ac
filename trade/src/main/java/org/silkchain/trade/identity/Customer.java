package org.silkchain.trade.identity;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Fields;

/**
 * A customer account opened by a member bank, which attests that it checked the customer's
 * identity. The personal data stay with the bank; the chain holds only {@code kycHash}, a hash the
 * bank computed over its KYC record, so an auditor given the record can check it.
 */
public record Customer(AccountId bank, Hash kycHash, String jurisdiction, long openedAtMillis) {
  public static final int TYPE_TAG = 0x0902;
  public static final int VERSION = 1;

  public static final Codec<Customer> CODEC =
      new Codec<>() {
        @Override
        public void encode(Customer c, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION);
          AccountId.CODEC.encode(c.bank, out);
          Hash.CODEC.encode(c.kycHash, out);
          out.string(c.jurisdiction).u63(c.openedAtMillis);
        }

        @Override
        public Customer decode(CanonicalReader in) {
          in.header("customer", TYPE_TAG, VERSION);
          return new Customer(
              AccountId.CODEC.decode(in),
              Hash.CODEC.decode(in),
              Fields.text(in, "customer.jurisdiction", 2, Member.COUNTRY),
              in.u63("customer.openedAt"));
        }
      };

  public Customer {
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(kycHash, "kycHash");
    if (!Member.COUNTRY.matcher(jurisdiction).matches() || openedAtMillis < 0) {
      throw new IllegalArgumentException("invalid customer jurisdiction or time");
    }
  }
}
