package org.silkchain.trade.identity;

import java.util.List;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.PublicKey;
import org.silkchain.runtime.module.Fields;

/** Body of {@code identity/open-customer}: the customer's keys, and the bank's KYC attestation. */
public record OpenCustomer(List<PublicKey> keys, int threshold, Hash kycHash, String jurisdiction) {
  public static final int TYPE_TAG = 0x0910;

  public static final Codec<OpenCustomer> CODEC =
      new Codec<>() {
        @Override
        public void encode(OpenCustomer b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Fields.KEYS.encode(b.keys, out);
          out.u8(b.threshold);
          Hash.CODEC.encode(b.kycHash, out);
          out.string(b.jurisdiction);
        }

        @Override
        public OpenCustomer decode(CanonicalReader in) {
          in.header("openCustomer", TYPE_TAG, 1);
          return new OpenCustomer(
              Fields.KEYS.decode(in),
              in.u8("openCustomer.threshold"),
              Hash.CODEC.decode(in),
              Fields.text(in, "openCustomer.jurisdiction", 2, Member.COUNTRY));
        }
      };

  public OpenCustomer {
    keys = keys.stream().sorted().toList();
  }
}
