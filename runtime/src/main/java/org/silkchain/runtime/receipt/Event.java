package org.silkchain.runtime.receipt;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.runtime.state.StateKey;

/**
 * Something an action did that clients may want to find: {@code module}, {@code type} and
 * attributes. Attributes are sorted by key (a {@link TreeMap}), so an event has one encoding.
 *
 * <p>Invariants: module and type match {@code [a-z][a-z0-9_.-]{0,31}}; at most {@value
 * #MAX_ATTRIBUTES} attributes; keys match {@code [a-z][a-z0-9_-]{0,31}}; values are valid state key
 * parts (letters, digits and {@code _.:@+=-}, 1 to 128 characters: account ids in hex, codes,
 * amounts), so that every attribute can be indexed.
 */
public record Event(String module, String type, SortedMap<String, String> attributes) {
  public static final int MAX_ATTRIBUTES = 16;
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.-]{0,31}");
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

  public static final Codec<Event> CODEC =
      new Codec<>() {
        @Override
        public void encode(Event e, CanonicalWriter out) {
          out.string(e.module).string(e.type).varint(e.attributes.size());
          for (Map.Entry<String, String> a : e.attributes.entrySet()) {
            out.string(a.getKey()).string(a.getValue());
          }
        }

        @Override
        public Event decode(CanonicalReader in) {
          String module = in.string("event.module", 32);
          String type = in.string("event.type", 32);
          int n = (int) in.varint("event.attributes", MAX_ATTRIBUTES);
          TreeMap<String, String> attrs = new TreeMap<>();
          String previous = null;
          for (int i = 0; i < n; i++) {
            String key = in.string("event.key", 32);
            String value = in.string("event.value", 128);
            if (previous != null && previous.compareTo(key) >= 0) {
              throw new DecodeException(DecodeException.Reason.NOT_SORTED, "event.attributes");
            }
            previous = key;
            attrs.put(key, value);
          }
          try {
            return new Event(module, type, attrs);
          } catch (IllegalArgumentException e) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, e.getMessage());
          }
        }
      };

  public Event {
    if (!NAME.matcher(module).matches() || !NAME.matcher(type).matches()) {
      throw new IllegalArgumentException("invalid event module/type " + module + "/" + type);
    }
    if (attributes.size() > MAX_ATTRIBUTES) {
      throw new IllegalArgumentException("event has " + attributes.size() + " attributes");
    }
    TreeMap<String, String> copy = new TreeMap<>();
    for (Map.Entry<String, String> a : attributes.entrySet()) {
      if (!KEY.matcher(a.getKey()).matches() || !StateKey.isValidPart(a.getValue())) {
        throw new IllegalArgumentException(
            "invalid event attribute " + a.getKey() + "=" + a.getValue());
      }
      copy.put(a.getKey(), a.getValue());
    }
    attributes = Collections.unmodifiableSortedMap(copy);
  }

  /** Starts an event with no attributes; add them with {@link #with}. */
  public static Event of(String module, String type) {
    return new Event(module, type, new TreeMap<>());
  }

  /** A copy with one more attribute (or {@code key} replaced). */
  public Event with(String key, String value) {
    TreeMap<String, String> copy = new TreeMap<>(attributes);
    copy.put(key, value);
    return new Event(module, type, copy);
  }

  public Event with(String key, long value) {
    return with(key, Long.toString(value));
  }
}
