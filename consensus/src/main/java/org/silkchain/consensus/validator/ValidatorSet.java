package org.silkchain.consensus.validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.PublicKey;

/**
 * The validators of one epoch, sorted by key, with their voting power.
 *
 * <p>Invariants: 1 to {@value #MAX_VALIDATORS} validators, no key twice, every power at least 1,
 * total power at most {@link #MAX_TOTAL_POWER}. The total bound keeps every tally of the form
 * {@code 3 * power} and every proposer-slot product inside a {@code long}.
 *
 * <p>Proposer choice ({@link #proposer}) is a weighted round robin that is a pure function of the
 * set, the height and the round, so a restarted node needs no proposer state: see {@link
 * ProposerRotation}.
 */
public final class ValidatorSet {
  public static final int TYPE_TAG = 0x0540;
  public static final int VERSION = 1;

  /** Same bound as a commit certificate's signature count, so every set fits in one. */
  public static final int MAX_VALIDATORS = 1024;

  public static final long MAX_TOTAL_POWER = Integer.MAX_VALUE;

  public static final Codec<ValidatorSet> CODEC =
      new Codec<>() {
        @Override
        public void encode(ValidatorSet set, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION).set(set.validators, Validator.CODEC);
        }

        @Override
        public ValidatorSet decode(CanonicalReader in) {
          in.header("validatorSet", TYPE_TAG, VERSION);
          List<Validator> members = in.set("validatorSet.members", MAX_VALIDATORS, Validator.CODEC);
          try {
            return new ValidatorSet(members);
          } catch (IllegalArgumentException e) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE, "validatorSet: " + e.getMessage());
          }
        }
      };

  private final List<Validator> validators;
  private final long totalPower;
  private final ProposerRotation rotation;

  public ValidatorSet(List<Validator> members) {
    if (members.isEmpty() || members.size() > MAX_VALIDATORS) {
      throw new IllegalArgumentException("a validator set has 1.." + MAX_VALIDATORS + " members");
    }
    List<Validator> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparing(Validator::key));
    long total = 0;
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0 && sorted.get(i - 1).key().equals(sorted.get(i).key())) {
        throw new IllegalArgumentException("validator listed twice: " + sorted.get(i).key());
      }
      total += sorted.get(i).power();
      if (total > MAX_TOTAL_POWER) {
        throw new IllegalArgumentException("total voting power exceeds " + MAX_TOTAL_POWER);
      }
    }
    this.validators = List.copyOf(sorted);
    this.totalPower = total;
    this.rotation = new ProposerRotation(validators, total);
  }

  /** A set where each key has power 1. */
  public static ValidatorSet equalPower(List<PublicKey> keys) {
    return new ValidatorSet(keys.stream().map(k -> new Validator(k, 1)).toList());
  }

  /** Members in ascending key order. */
  public List<Validator> validators() {
    return validators;
  }

  public int size() {
    return validators.size();
  }

  public long totalPower() {
    return totalPower;
  }

  public boolean contains(PublicKey key) {
    return indexOf(key) >= 0;
  }

  /** The validator's power, or 0 for a key outside the set. */
  public long power(PublicKey key) {
    int i = indexOf(key);
    return i < 0 ? 0 : validators.get(i).power();
  }

  public Optional<Validator> find(PublicKey key) {
    int i = indexOf(key);
    return i < 0 ? Optional.empty() : Optional.of(validators.get(i));
  }

  /** Position in key order, or a negative number for a key outside the set. */
  public int indexOf(PublicKey key) {
    int lo = 0;
    int hi = validators.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = validators.get(mid).key().compareTo(key);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The proposer of {@code round} at {@code height}. */
  public PublicKey proposer(long height, int round) {
    return validators.get(rotation.slotOwner(height, round)).key();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidatorSet other && validators.equals(other.validators);
  }

  @Override
  public int hashCode() {
    return validators.hashCode();
  }

  @Override
  public String toString() {
    return "ValidatorSet" + validators;
  }
}
