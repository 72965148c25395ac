package org.silkchain.runtime.validators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.execution.TestContexts;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.runtime.state.Overlay;
import org.silkchain.runtime.validators.ValidatorRegistry.Entry;

class ValidatorRegistryTest {
  private static final HashFunction HASH = HashFunction.sha256();
  private final TreeMap<Bytes, Bytes> state = new TreeMap<>();
  private final AccountId operator = account("bank-a");

  private static PublicKey key(int n) {
    return new PublicKey(SuiteId.ED25519, HASH.digest(Bytes.utf8("validator-" + n)).bytes());
  }

  private static Bytes pin(int n) {
    return HASH.digest(Bytes.utf8("certificate-" + n)).bytes();
  }

  private Entry entry(int n, long power) {
    return new Entry(key(n), power, operator, "node" + n + ".example:26656", pin(n));
  }

  private AccountId account(String seed) {
    AccountId id = AccountId.derive(HASH, Bytes.utf8(seed));
    state.put(
        Accounts.key(id),
        Accounts.encode(AccountRecord.single(key(1000 + seed.length()), Set.of())));
    return id;
  }

  private void genesis(int n) {
    List<Entry> entries = new ArrayList<>();
    for (int i = n - 1; i >= 0; i--) {
      entries.add(entry(i, 1));
    }
    state.putAll(ValidatorRegistry.genesisState(entries));
  }

  /** Runs {@code change} in a fresh context and commits its writes, like a successful action. */
  private List<Event> run(java.util.function.Consumer<ExecutionContext> change) {
    Overlay overlay = new Overlay(key -> Optional.ofNullable(state.get(key)));
    ExecutionContext ctx = TestContexts.over(overlay, operator, 7, HASH);
    change.accept(ctx);
    overlay
        .writes()
        .forEach((k, v) -> v.ifPresentOrElse(b -> state.put(k, b), () -> state.remove(k)));
    return TestContexts.events(ctx);
  }

  private ResultCode refusal(java.util.function.Consumer<ExecutionContext> change) {
    Bytes before = state.get(ValidatorRegistry.SET_KEY);
    try {
      run(change);
    } catch (Rejection r) {
      assertThat(state.get(ValidatorRegistry.SET_KEY)).isEqualTo(before);
      return r.code();
    }
    throw new AssertionError("expected a rejection");
  }

  private List<Entry> entries() {
    return ValidatorRegistry.entries(key -> Optional.ofNullable(state.get(key)));
  }

  @Test
  void genesisWritesTheSetInKeyOrderUnderItsOwnKey() {
    genesis(4);
    assertThat(state).containsKey(ValidatorRegistry.SET_KEY);
    assertThat(ValidatorRegistry.SET_KEY).isEqualTo(Bytes.utf8("validators/set"));
    assertThat(entries()).extracting(Entry::key).isSorted().hasSize(4);
    assertThat(entries()).contains(entry(2, 1));
  }

  @Test
  void anEmptyStateHasNoValidators() {
    assertThat(entries()).isEmpty();
  }

  @Test
  void addAdmitsANewValidatorAndSaysSo() {
    genesis(4);
    List<Event> events = run(ctx -> ValidatorRegistry.add(ctx, entry(9, 2)));
    assertThat(entries()).hasSize(5).contains(entry(9, 2));
    assertThat(entries()).extracting(Entry::key).isSorted();
    assertThat(events).singleElement().extracting(Event::type).isEqualTo("validator-added");
  }

  @Test
  void addWithoutAPinReweightsAndKeepsTheRegisteredPin() {
    genesis(4);
    Entry reweight = new Entry(key(1), 5, operator, "moved.example:9000");
    List<Event> events = run(ctx -> ValidatorRegistry.add(ctx, reweight));
    assertThat(ValidatorRegistry.find(key -> Optional.ofNullable(state.get(key)), key(1)))
        .contains(new Entry(key(1), 5, operator, "moved.example:9000", pin(1)));
    assertThat(events).singleElement().extracting(Event::type).isEqualTo("validator-updated");
  }

  @Test
  void addRefusesANewValidatorWithoutAPin() {
    genesis(4);
    assertThat(refusal(ctx -> ValidatorRegistry.add(ctx, new Entry(key(9), 1, operator, "h:1"))))
        .isEqualTo(ValidatorCodes.MISSING_TLS_FINGERPRINT);
  }

  @Test
  void addRefusesAPinAnotherValidatorHolds() {
    genesis(4);
    Entry thief = new Entry(key(9), 1, operator, "h:1", pin(2));
    assertThat(refusal(ctx -> ValidatorRegistry.add(ctx, thief)))
        .isEqualTo(ValidatorCodes.DUPLICATE_TLS_FINGERPRINT);
  }

  @Test
  void addRefusesPowerZeroOrOverTheBound() {
    genesis(4);
    assertThat(refusal(ctx -> ValidatorRegistry.add(ctx, entry(9, 0))))
        .isEqualTo(ValidatorCodes.INVALID_POWER);
    assertThat(refusal(ctx -> ValidatorRegistry.add(ctx, entry(9, Integer.MAX_VALUE + 1L))))
        .isEqualTo(ValidatorCodes.INVALID_POWER);
  }

  @Test
  void addRefusesATotalPowerOverTheBound() {
    genesis(4);
    assertThat(refusal(ctx -> ValidatorRegistry.add(ctx, entry(9, Integer.MAX_VALUE - 3L))))
        .isEqualTo(ValidatorCodes.TOTAL_POWER_EXCEEDED);
    run(ctx -> ValidatorRegistry.add(ctx, entry(9, Integer.MAX_VALUE - 4L)));
    assertThat(entries()).hasSize(5);
  }

  @Test
  void addRefusesAnOperatorWithoutAnAccount() {
    genesis(4);
    AccountId stranger = AccountId.derive(HASH, Bytes.utf8("nobody"));
    Entry e = new Entry(key(9), 1, stranger, "h:1", pin(9));
    assertThat(refusal(ctx -> ValidatorRegistry.add(ctx, e)))
        .isEqualTo(ValidatorCodes.UNKNOWN_OPERATOR);
  }

  @Test
  void addRefusesAnAddressThatIsNotHostPort() {
    genesis(4);
    for (String bad :
        List.of("", "host", "host:", ":80", "host:0", "host:65536", "a b:1", "h:1:2")) {
      Entry e = new Entry(key(9), 1, operator, bad, pin(9));
      assertThat(refusal(ctx -> ValidatorRegistry.add(ctx, e)))
          .as(bad)
          .isEqualTo(ValidatorCodes.INVALID_ADDRESS);
    }
  }

  @Test
  void addRefusesASetOverTheMaximum() {
    genesis(ValidatorRegistry.MAX_VALIDATORS);
    assertThat(refusal(ctx -> ValidatorRegistry.add(ctx, entry(500, 1))))
        .isEqualTo(ValidatorCodes.TOO_MANY_VALIDATORS);
    run(ctx -> ValidatorRegistry.add(ctx, entry(3, 7))); // re-weighting a member still works
    assertThat(entries()).contains(entry(3, 7));
  }

  @Test
  void removeTakesTheValidatorOut() {
    genesis(4);
    List<Event> events = run(ctx -> ValidatorRegistry.remove(ctx, key(2)));
    assertThat(entries()).hasSize(3).extracting(Entry::key).doesNotContain(key(2));
    assertThat(events).singleElement().extracting(Event::type).isEqualTo("validator-removed");
  }

  @Test
  void removeRefusesAStrangerAndTheLastValidator() {
    genesis(1);
    assertThat(refusal(ctx -> ValidatorRegistry.remove(ctx, key(9))))
        .isEqualTo(ValidatorCodes.NOT_A_VALIDATOR);
    assertThat(refusal(ctx -> ValidatorRegistry.remove(ctx, key(0))))
        .isEqualTo(ValidatorCodes.TOO_FEW_VALIDATORS);
  }

  @Test
  void removeHonoursTheCallersMinimum() {
    genesis(4);
    assertThat(refusal(ctx -> ValidatorRegistry.remove(ctx, key(0), 4)))
        .isEqualTo(ValidatorCodes.TOO_FEW_VALIDATORS);
    run(ctx -> ValidatorRegistry.remove(ctx, key(0), 3));
    assertThat(entries()).hasSize(3);
  }

  @Test
  void genesisRefusesDuplicatesAndMissingPins() {
    assertThatThrownBy(() -> ValidatorRegistry.genesisState(List.of(entry(1, 1), entry(1, 2))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> ValidatorRegistry.genesisState(List.of(new Entry(key(1), 1, operator, "h:1"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ValidatorRegistry.genesisState(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theEntryCodecRoundTripsAndRefusesHostileInput() {
    Entry e = entry(3, 42);
    Bytes encoded = Entry.CODEC.encode(e);
    assertThat(Entry.CODEC.decode(encoded)).isEqualTo(e);
    assertThat(encoded.slice(0, 2).toHex()).isEqualTo("1101");
    Entry unpinned = new Entry(key(3), 42, operator, "h:1");
    assertThat(Entry.CODEC.decode(Entry.CODEC.encode(unpinned))).isEqualTo(unpinned);
    for (int cut = 0; cut < encoded.size(); cut++) {
      Bytes truncated = encoded.slice(0, cut);
      assertThatThrownBy(() -> Entry.CODEC.decode(truncated)).isInstanceOf(DecodeException.class);
    }
    Bytes shortPin = encoded.slice(0, encoded.size() - 33).concat(Bytes.fromHex("05aabbccddee"));
    assertThatThrownBy(() -> Entry.CODEC.decode(shortPin)).isInstanceOf(DecodeException.class);
  }
}
