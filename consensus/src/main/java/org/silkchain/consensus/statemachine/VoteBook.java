package org.silkchain.consensus.statemachine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.payload.VoteType;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.PublicKey;

/**
 * The accepted votes of one height, by round and type, with running power tallies per value so that
 * every threshold check is a lookup. Sorted maps only, so iteration (and with it which certificate
 * gets built) is deterministic.
 *
 * <p>An author's first vote of a round and type counts everywhere. A later, conflicting vote of the
 * same author (an equivocation) is also counted for its own value, as the paper's rules count every
 * message from distinct senders: otherwise nodes that received an equivocator's votes in different
 * orders see different tallies, and a lock taken on a polka that included the equivocator could
 * never be released. Each author counts at most once per value, and the engine only stores
 * conflicting votes for values it knows (nil or a proposed value), so memory stays bounded by
 * rounds times proposals times validators.
 */
final class VoteBook {
  /** Tally key of a nil vote: sorts before every 32-byte hash. */
  private static final Bytes NIL = Bytes.EMPTY;

  private static final class Tally {
    final TreeMap<PublicKey, SignedVote> byAuthor = new TreeMap<>();

    /** Conflicting votes, by author, then by value key. */
    final TreeMap<PublicKey, TreeMap<Bytes, SignedVote>> conflicting = new TreeMap<>();

    final TreeMap<Bytes, Long> powerByValue = new TreeMap<>();
    long total;
  }

  private final TreeMap<Integer, Tally[]> rounds = new TreeMap<>();

  private Tally tally(int round, VoteType type, boolean create) {
    Tally[] t = rounds.get(round);
    if (t == null) {
      if (!create) {
        return null;
      }
      t = new Tally[] {new Tally(), new Tally()};
      rounds.put(round, t);
    }
    return t[type.ordinal()];
  }

  private static Bytes key(Optional<Hash> value) {
    return value.map(Hash::bytes).orElse(NIL);
  }

  Optional<SignedVote> get(int round, VoteType type, PublicKey author) {
    Tally t = tally(round, type, false);
    return t == null ? Optional.empty() : Optional.ofNullable(t.byAuthor.get(author));
  }

  /** Records an accepted vote; a second vote of the same author, round and type is ignored. */
  void add(SignedVote vote, long power) {
    Tally t = tally(vote.round(), vote.type(), true);
    if (t.byAuthor.putIfAbsent(vote.author(), vote) == null) {
      t.powerByValue.merge(key(vote.payload().value()), power, Long::sum);
      t.total += power;
    }
  }

  /**
   * Records a vote that conflicts with its author's first vote, counting the author's power for its
   * value unless the author already counts for it.
   */
  void addConflicting(SignedVote vote, long power) {
    Tally t = tally(vote.round(), vote.type(), true);
    Bytes k = key(vote.payload().value());
    if (contains(vote.round(), vote.type(), vote.author(), vote.payload().value())) {
      return;
    }
    t.conflicting.computeIfAbsent(vote.author(), a -> new TreeMap<>()).put(k, vote);
    t.powerByValue.merge(k, power, Long::sum);
  }

  /** Whether a vote of {@code author} for {@code value} (first or conflicting) is recorded. */
  boolean contains(int round, VoteType type, PublicKey author, Optional<Hash> value) {
    Tally t = tally(round, type, false);
    if (t == null) {
      return false;
    }
    SignedVote first = t.byAuthor.get(author);
    if (first != null && first.payload().value().equals(value)) {
      return true;
    }
    TreeMap<Bytes, SignedVote> more = t.conflicting.get(author);
    return more != null && more.containsKey(key(value));
  }

  long power(int round, VoteType type, Optional<Hash> value) {
    Tally t = tally(round, type, false);
    return t == null ? 0 : t.powerByValue.getOrDefault(key(value), 0L);
  }

  /** Power of all votes of this round and type, whatever their value ("2f+1 ⟨PREVOTE, *⟩"). */
  long anyPower(int round, VoteType type) {
    Tally t = tally(round, type, false);
    return t == null ? 0 : t.total;
  }

  /** First votes of each author, then conflicting ones; at most one per author and value. */
  List<SignedVote> votes(int round, VoteType type) {
    Tally t = tally(round, type, false);
    if (t == null) {
      return List.of();
    }
    List<SignedVote> out = new ArrayList<>(t.byAuthor.values());
    t.conflicting.values().forEach(m -> out.addAll(m.values()));
    return out;
  }

  /** The votes of this round and type for exactly {@code value}, one per author. */
  List<SignedVote> votesFor(int round, VoteType type, Optional<Hash> value) {
    return votes(round, type).stream().filter(v -> v.payload().value().equals(value)).toList();
  }

  /** Non-nil values of this round and type, with their power, in hash order. */
  List<Map.Entry<Hash, Long>> values(int round, VoteType type) {
    Tally t = tally(round, type, false);
    List<Map.Entry<Hash, Long>> out = new ArrayList<>();
    if (t != null) {
      t.powerByValue.forEach(
          (k, p) -> {
            if (!k.isEmpty()) {
              out.add(Map.entry(new Hash(k), p));
            }
          });
    }
    return out;
  }

  /** Rounds with at least one vote, ascending. */
  List<Integer> rounds() {
    return List.copyOf(rounds.keySet());
  }
}
