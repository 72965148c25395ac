package org.silkchain.runtime.validators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;

/**
 * The validator set as state holds it: genesis writes the initial set, governance changes it
 * through {@link #add} and {@link #remove}, and the node, after finalizing a block whose writes
 * touched it, hands the difference to consensus as validator updates that take effect {@code
 * ValidatorSchedule.ACTIVATION_DELAY} heights later.
 *
 * <p>Layout: one value under {@link #SET_KEY} ({@code validators/set}) holding every {@link Entry}
 * sorted by key (type tag 0x1102). One value keeps {@link #entries} a single deterministic read
 * with no range scan, and makes "did this block change the set" one key comparison. At most {@value
 * #MAX_VALIDATORS} entries (about 50 KB).
 *
 * <p>The registry checks only what keeps the set valid for consensus (power bounds, size, a TLS pin
 * per validator); who may change it is the caller's rule (governance: a passed vote).
 */
public final class ValidatorRegistry {
  /** State namespace and result-code prefix. */
  public static final String NAMESPACE = "validators";

  /** Where the whole set lives. */
  public static final Bytes SET_KEY = StateKey.of(NAMESPACE, "set");

  public static final int SET_TYPE_TAG = 0x1102;
  public static final int SET_VERSION = 1;

  /** Bounds the single state value; consensus itself allows more. */
  public static final int MAX_VALIDATORS = 128;

  /** Default floor for {@link #remove(ExecutionContext, PublicKey)}: the set is never empty. */
  public static final int MIN_VALIDATORS = 1;

  /** Same bound as consensus's {@code ValidatorSet.MAX_TOTAL_POWER}. */
  public static final long MAX_TOTAL_POWER = Integer.MAX_VALUE;

  /** {@code host:port}: as long as a DNS name plus a port. */
  public static final int MAX_ADDRESS_BYTES = 253 + 6;

  public static final int TLS_FINGERPRINT_SIZE = 32;

  private static final Pattern ADDRESS = Pattern.compile("([A-Za-z0-9.-]{1,253}):([0-9]{1,5})");

  private ValidatorRegistry() {}

  /**
   * A validator: its consensus key, voting power, the member that operates it, where it listens for
   * peers ({@code host:port}) and the SHA-256 fingerprint of its TLS certificate (DER), which every
   * node pins to accept its connections. Canonical encoding {@link #CODEC} (tag 0x1101) is what
   * proposals should carry.
   *
   * @param tlsFingerprint 32 bytes, or empty only to re-weight a registered validator (its pin is
   *     kept)
   */
  public record Entry(
      PublicKey key, long power, AccountId operator, String address, Bytes tlsFingerprint) {
    public static final int TYPE_TAG = 0x1101;
    public static final int VERSION = 1;

    public static final Codec<Entry> CODEC =
        new Codec<>() {
          @Override
          public void encode(Entry e, CanonicalWriter out) {
            out.header(TYPE_TAG, VERSION);
            PublicKey.CODEC.encode(e.key, out);
            out.u63(e.power);
            AccountId.CODEC.encode(e.operator, out);
            out.string(e.address).bytes(e.tlsFingerprint);
          }

          @Override
          public Entry decode(CanonicalReader in) {
            in.header("validator", TYPE_TAG, VERSION);
            PublicKey key = PublicKey.CODEC.decode(in);
            long power = in.u63("validator.power");
            AccountId operator = AccountId.CODEC.decode(in);
            String address = in.string("validator.address", MAX_ADDRESS_BYTES);
            Bytes fingerprint = in.bytes("validator.tlsFingerprint", TLS_FINGERPRINT_SIZE);
            if (!fingerprint.isEmpty() && fingerprint.size() != TLS_FINGERPRINT_SIZE) {
              throw new DecodeException(
                  DecodeException.Reason.INVALID_VALUE, "validator.tlsFingerprint: not 32 bytes");
            }
            return new Entry(key, power, operator, address, fingerprint);
          }
        };

    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(tlsFingerprint, "tlsFingerprint");
      if (!tlsFingerprint.isEmpty() && tlsFingerprint.size() != TLS_FINGERPRINT_SIZE) {
        throw new IllegalArgumentException("a TLS fingerprint has 32 bytes");
      }
    }

    /** An entry without a TLS pin: only valid to re-weight or re-address a registered validator. */
    public Entry(PublicKey key, long power, AccountId operator, String address) {
      this(key, power, operator, address, Bytes.EMPTY);
    }

    Entry withPin(Bytes fingerprint) {
      return new Entry(key, power, operator, address, fingerprint);
    }
  }

  private static final Codec<List<Entry>> SET_CODEC =
      new Codec<>() {
        @Override
        public void encode(List<Entry> entries, CanonicalWriter out) {
          out.header(SET_TYPE_TAG, SET_VERSION).set(entries, Entry.CODEC);
        }

        @Override
        public List<Entry> decode(CanonicalReader in) {
          in.header("validatorRegistry", SET_TYPE_TAG, SET_VERSION);
          List<Entry> entries = in.set("validatorRegistry.entries", MAX_VALIDATORS, Entry.CODEC);
          for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i - 1).key().compareTo(entries.get(i).key()) >= 0) {
              throw new DecodeException(
                  DecodeException.Reason.NOT_SORTED, "validatorRegistry: keys out of order");
            }
          }
          return entries;
        }
      };

  /** The set in state, in key order; empty before genesis wrote one. */
  public static List<Entry> entries(StateAccess state) {
    return state.read(SET_KEY, SET_CODEC).orElse(List.of());
  }

  /** The registered entry for {@code key}, if any. */
  public static Optional<Entry> find(StateAccess state, PublicKey key) {
    return entries(state).stream().filter(e -> e.key().equals(key)).findFirst();
  }

  /**
   * Checks what an entry must satisfy on its own: power 1..{@value #MAX_TOTAL_POWER}, address
   * {@code host:port}. Governance may call it when a proposal is made, so a doomed proposal is
   * refused before the vote.
   */
  public static void checkEntry(Entry entry) {
    Rejection.require(
        entry.power() >= 1 && entry.power() <= MAX_TOTAL_POWER,
        ValidatorCodes.INVALID_POWER,
        () -> "power " + entry.power() + " is not in 1.." + MAX_TOTAL_POWER);
    Rejection.require(
        validAddress(entry.address()),
        ValidatorCodes.INVALID_ADDRESS,
        () -> "address \"" + printable(entry.address()) + "\" is not host:port");
  }

  /**
   * Adds a validator or re-weights (and re-addresses) a registered one. Refuses a power of 0 (use
   * {@link #remove}), a set over {@value #MAX_VALIDATORS} or over the total power bound, an
   * operator without an account, a new validator without a TLS fingerprint and a fingerprint
   * another validator holds. An entry for a registered key with no fingerprint keeps the pin.
   */
  public static void add(ExecutionContext ctx, Entry entry) {
    checkEntry(entry);
    Rejection.require(
        ctx.account(entry.operator()).isPresent(),
        ValidatorCodes.UNKNOWN_OPERATOR,
        () -> "operator " + entry.operator() + " has no account");
    TreeMap<PublicKey, Entry> byKey = byKey(entries(ctx));
    ctx.step(byKey.size());
    Entry previous = byKey.get(entry.key());
    Entry next = entry;
    if (entry.tlsFingerprint().isEmpty()) {
      Rejection.require(
          previous != null,
          ValidatorCodes.MISSING_TLS_FINGERPRINT,
          () -> "new validator " + entry.key() + " has no TLS certificate fingerprint");
      next = entry.withPin(previous.tlsFingerprint());
    }
    for (Entry other : byKey.values()) {
      Bytes pin = next.tlsFingerprint();
      Rejection.require(
          other.key().equals(entry.key()) || !other.tlsFingerprint().equals(pin),
          ValidatorCodes.DUPLICATE_TLS_FINGERPRINT,
          () -> "validator " + other.key() + " already registered TLS certificate " + pin.toHex());
    }
    byKey.put(entry.key(), next);
    Rejection.require(
        byKey.size() <= MAX_VALIDATORS,
        ValidatorCodes.TOO_MANY_VALIDATORS,
        () -> "the set would have more than " + MAX_VALIDATORS + " validators");
    long total = 0;
    for (Entry e : byKey.values()) {
      total += e.power(); // at most 128 * 2^31: no overflow
    }
    long sum = total;
    Rejection.require(
        sum <= MAX_TOTAL_POWER,
        ValidatorCodes.TOTAL_POWER_EXCEEDED,
        () -> "total power would be " + sum + ", over " + MAX_TOTAL_POWER);
    write(ctx, byKey);
    ctx.emit(
        Event.of(NAMESPACE, previous == null ? "validator-added" : "validator-updated")
            .with("key", entry.key().bytes().toHex())
            .with("power", entry.power())
            .with("operator", entry.operator().bytes().toHex()));
  }

  /** Removes a validator; refuses to leave fewer than {@value #MIN_VALIDATORS}. */
  public static void remove(ExecutionContext ctx, PublicKey key) {
    remove(ctx, key, MIN_VALIDATORS);
  }

  /**
   * Removes a validator, refusing to leave fewer than {@code minimum} (a governance policy, for
   * instance 4 so that one fault stays tolerable; never below {@value #MIN_VALIDATORS}).
   */
  public static void remove(ExecutionContext ctx, PublicKey key, int minimum) {
    TreeMap<PublicKey, Entry> byKey = byKey(entries(ctx));
    ctx.step(byKey.size());
    Entry removed = byKey.remove(key);
    Rejection.require(
        removed != null, ValidatorCodes.NOT_A_VALIDATOR, () -> key + " is not a validator");
    int floor = Math.max(MIN_VALIDATORS, minimum);
    Rejection.require(
        byKey.size() >= floor,
        ValidatorCodes.TOO_FEW_VALIDATORS,
        () ->
            "removing "
                + key
                + " would leave "
                + byKey.size()
                + " validators, fewer than "
                + floor);
    write(ctx, byKey);
    ctx.emit(
        Event.of(NAMESPACE, "validator-removed")
            .with("key", key.bytes().toHex())
            .with("operator", removed.operator().bytes().toHex()));
  }

  /**
   * The genesis state of the registry ({@link #SET_KEY} to the encoded set). Genesis entries must
   * pass {@link #checkEntry}, carry a TLS fingerprint and have distinct keys and fingerprints.
   *
   * @throws IllegalArgumentException naming the first problem
   */
  public static SortedMap<Bytes, Bytes> genesisState(List<Entry> entries) {
    if (entries.isEmpty() || entries.size() > MAX_VALIDATORS) {
      throw new IllegalArgumentException("a genesis needs 1.." + MAX_VALIDATORS + " validators");
    }
    TreeMap<PublicKey, Entry> byKey = new TreeMap<>();
    TreeMap<Bytes, PublicKey> pins = new TreeMap<>();
    long total = 0;
    for (Entry e : entries) {
      try {
        checkEntry(e);
      } catch (Rejection r) {
        throw new IllegalArgumentException("genesis validator " + e.key() + ": " + r.getMessage());
      }
      if (e.tlsFingerprint().isEmpty()) {
        throw new IllegalArgumentException("genesis validator " + e.key() + " has no TLS pin");
      }
      if (byKey.put(e.key(), e) != null || pins.put(e.tlsFingerprint(), e.key()) != null) {
        throw new IllegalArgumentException("genesis validator " + e.key() + " listed twice");
      }
      total += e.power();
    }
    if (total > MAX_TOTAL_POWER) {
      throw new IllegalArgumentException("genesis validators' power exceeds " + MAX_TOTAL_POWER);
    }
    TreeMap<Bytes, Bytes> state = new TreeMap<>();
    state.put(SET_KEY, SET_CODEC.encode(List.copyOf(byKey.values())));
    return Collections.unmodifiableSortedMap(state);
  }

  private static TreeMap<PublicKey, Entry> byKey(List<Entry> entries) {
    TreeMap<PublicKey, Entry> byKey = new TreeMap<>();
    entries.forEach(e -> byKey.put(e.key(), e));
    return byKey;
  }

  private static void write(ExecutionContext ctx, TreeMap<PublicKey, Entry> byKey) {
    ctx.write(SET_KEY, SET_CODEC, new ArrayList<>(byKey.values()));
  }

  static boolean validAddress(String address) {
    var m = ADDRESS.matcher(address);
    if (!m.matches()) {
      return false;
    }
    int port = Integer.parseInt(m.group(2));
    return port >= 1 && port <= 65535;
  }

  private static String printable(String s) {
    String cut = s.length() > 64 ? s.substring(0, 64) + "..." : s;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
