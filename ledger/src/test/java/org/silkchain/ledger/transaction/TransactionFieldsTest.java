package org.silkchain.ledger.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.DecodeException;
import org.silkchain.codec.DecodeException.Reason;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.Signature;
import org.silkchain.crypto.SuiteId;

/** Field invariants: constructors refuse invalid values, decoders turn them into reasons. */
class TransactionFieldsTest {

  private static void rejectsWith(Reason reason, Runnable decode) {
    assertThatThrownBy(decode::run)
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Silk", "-chain", "chain id", "chain/1", "é"})
  void invalidChainIds(String value) {
    assertThatThrownBy(() -> ChainId.of(value)).isInstanceOf(IllegalArgumentException.class);
    rejectsWith(
        Reason.INVALID_VALUE,
        () -> ChainId.CODEC.decode(new CanonicalWriter().string(value).toBytes()));
  }

  @Test
  void chainIdLengthIsBounded() {
    assertThat(ChainId.of("a".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> ChainId.of("a".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class);
    rejectsWith(
        Reason.TOO_LONG,
        () -> ChainId.CODEC.decode(new CanonicalWriter().string("a".repeat(65)).toBytes()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "Trade", "1trade", "trade module", "a23456789012345678901234567890123"})
  void invalidModuleNames(String name) {
    assertThatThrownBy(() -> new Payload(name, "act", Bytes.EMPTY))
        .hasMessageContaining("module and action must match");
    assertThatThrownBy(() -> new Payload("mod", name, Bytes.EMPTY))
        .hasMessageContaining("module and action must match");
  }

  @Test
  void payloadDecoderRejectsBadNamesAndOversizedBodies() {
    rejectsWith(
        Reason.INVALID_VALUE,
        () ->
            Payload.CODEC.decode(
                new CanonicalWriter().string("Trade").string("a").bytes(Bytes.EMPTY).toBytes()));
    Bytes huge = Bytes.wrap(new byte[Payload.MAX_BODY_SIZE + 1]);
    assertThatThrownBy(() -> new Payload("m", "a", huge)).hasMessageContaining("limit 262144");
    rejectsWith(
        Reason.TOO_LONG,
        () ->
            Payload.CODEC.decode(
                new CanonicalWriter().string("m").string("a").bytes(huge).toBytes()));
  }

  @Test
  void validityWindowMustBeOrdered() {
    assertThat(new ValidityWindow(5, 5).contains(5)).isTrue();
    assertThat(new ValidityWindow(5, 9).contains(4)).isFalse();
    assertThat(new ValidityWindow(5, 9).contains(10)).isFalse();
    assertThatThrownBy(() -> new ValidityWindow(6, 5)).hasMessageContaining("0 <= from <= until");
    assertThatThrownBy(() -> new ValidityWindow(-1, 5)).hasMessageContaining("0 <= from <= until");
    rejectsWith(
        Reason.INVALID_VALUE,
        () -> ValidityWindow.CODEC.decode(new CanonicalWriter().u63(6).u63(5).toBytes()));
    rejectsWith(
        Reason.INVALID_VALUE,
        () -> ValidityWindow.CODEC.decode(new CanonicalWriter().i64(-1).u63(5).toBytes()));
  }

  @Test
  void accountIdsDependOnTheKeySetNotItsOrder() {
    HashFunction h = HashFunction.sha256();
    PublicKey a = new PublicKey(SuiteId.ED25519, Bytes.wrap(new byte[32]));
    byte[] other = new byte[32];
    other[0] = 1;
    PublicKey b = new PublicKey(SuiteId.ED25519, Bytes.wrap(other));

    assertThat(AccountId.fromInitialKeys(h, List.of(a, b)))
        .isEqualTo(AccountId.fromInitialKeys(h, List.of(b, a)))
        .isNotEqualTo(AccountId.fromInitialKeys(h, List.of(a)));
    assertThatThrownBy(() -> AccountId.fromInitialKeys(h, List.of()))
        .hasMessageContaining("1..16 initial keys");
    assertThat(AccountId.fromInitialKeys(h, List.of(a)).toString())
        .hasSize(64)
        .matches("[0-9a-f]+");
  }

  @Test
  void largestPossibleTransactionFitsTheEncodedSizeLimit() {
    List<TxSignature> sigs = new ArrayList<>();
    for (int i = 0; i < SignedTransaction.MAX_SIGNATURES; i++) {
      byte[] key = new byte[PublicKey.SM2_SIZE];
      key[0] = (byte) i;
      sigs.add(
          new TxSignature(
              new PublicKey(SuiteId.SM2_SM3, Bytes.wrap(key)),
              new Signature(Bytes.wrap(new byte[64]))));
    }
    TransactionBody body =
        new TransactionBody(
            ChainId.of("c".repeat(ChainId.MAX_LENGTH)),
            new AccountId(Bytes.wrap(new byte[32])),
            Long.MAX_VALUE,
            new ValidityWindow(Long.MAX_VALUE, Long.MAX_VALUE),
            new Payload(
                "m".repeat(32), "a".repeat(32), Bytes.wrap(new byte[Payload.MAX_BODY_SIZE])));
    Bytes encoded = new SignedTransaction(body, sigs).encode();

    assertThat(encoded.size()).isLessThan(SignedTransaction.MAX_ENCODED_SIZE);
    assertThat(SignedTransaction.CODEC.decode(encoded).encode()).isEqualTo(encoded);
  }

  @Test
  void oversizedInputIsRefusedBeforeParsing() {
    Bytes tooBig = Bytes.wrap(new byte[SignedTransaction.MAX_ENCODED_SIZE + 1]);
    assertThatThrownBy(() -> SignedTransaction.CODEC.decode(tooBig))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.TOO_LONG);
              assertThat(e.getMessage()).contains("limit 524288");
            });
  }
}
