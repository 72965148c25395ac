package org.silkchain.runtime.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.result.ResultCode;

/** Receipts, events and accounts round-trip, and hostile bytes end in a DecodeException. */
class CodecProperties {
  private static final TransactionId ID = new TransactionId(new Hash(Bytes.wrap(new byte[32])));

  @Test
  void receiptRoundTrips() {
    Event e = Event.of("currency", "transfer").with("to", "ab12").with("amount", 5);
    Receipt ok = new Receipt(ID, 7, 2, ResultCode.OK, "", List.of(e), 3, 120);
    assertThat(Receipt.CODEC.decode(Receipt.CODEC.encode(ok))).isEqualTo(ok);
    Receipt failed =
        new Receipt(ID, 7, 2, ResultCode.of("currency", "NOT_ISSUER"), "why", List.of(), 0, 10);
    assertThat(Receipt.CODEC.decode(Receipt.CODEC.encode(failed))).isEqualTo(failed);
    assertThat(e.attributes().keySet()).containsExactly("amount", "to");
  }

  @Test
  void messagesAreTruncatedOnACodePoint() {
    String longMessage = "\uD83D\uDE00".repeat(400);
    String cut = Receipt.truncate(longMessage);
    assertThat(cut.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(Receipt.MAX_MESSAGE_BYTES);
    assertThat(cut).endsWith("...");
    new Receipt(ID, 0, 0, ResultCode.INTERNAL_ERROR, cut, List.of(), 0, 0);
  }

  @Test
  void accountRoundTripsWithSortedRoles() {
    PublicKey k = new PublicKey(SuiteId.ED25519, Bytes.wrap(new byte[32]));
    AccountRecord a =
        new AccountRecord(3, List.of(k), 1, Set.of(Role.REGULATOR, Role.CENTRAL_BANK), true);
    Bytes encoded = AccountRecord.CODEC.encode(a);
    assertThat(AccountRecord.CODEC.decode(encoded)).isEqualTo(a);
    assertThat(a.roles()).containsExactly(Role.CENTRAL_BANK, Role.REGULATOR);
    assertThatThrownBy(() -> new AccountRecord(0, List.of(k), 2, Set.of(), false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void codesAreNamespaced() {
    assertThat(ResultCode.of("currency", "NOT_ISSUER").value()).isEqualTo("currency.NOT_ISSUER");
    assertThatThrownBy(() -> new ResultCode("not ok")).isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 300)
  void hostileBytesOnlyThrowDecodeException(@ForAll @Size(max = 200) byte[] input) {
    for (var codec : List.of(Receipt.CODEC, AccountRecord.CODEC, Event.CODEC)) {
      try {
        codec.decode(Bytes.of(input));
      } catch (DecodeException expected) {
        // the one allowed failure
      }
    }
  }
}
