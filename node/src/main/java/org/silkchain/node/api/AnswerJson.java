package org.silkchain.node.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.silkchain.codec.Bytes;

/**
 * A query's decoded answer as JSON, for readers that would rather not decode the canonical bytes
 * (the web console): {@code GET /api/v1/query/{module}/{name}?format=json} adds it as {@code
 * answer} beside the canonical {@code response}, which stays the authoritative form.
 *
 * <p>The mapping is by shape, so every module's records render without per-type code: a record is
 * an object of its components (in declaration order); a record whose only component is {@link
 * Bytes} (a hash, an account id) and {@link Bytes} itself are lowercase hex; {@code Optional} is
 * its value or null; an enum is its name; {@code long} and big numbers are decimal strings (a
 * JavaScript number loses precision past 2^53, and amounts in minor units reach 2^63); smaller
 * integers are numbers; lists are arrays; maps are objects keyed by the key's rendering; anything
 * else (dates) is its {@code toString}.
 */
final class AnswerJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Deeper than any record the modules answer with; a guard against a cyclic value. */
  static final int MAX_DEPTH = 32;

  private AnswerJson() {}

  static JsonNode render(Object value) {
    return render(value, 0);
  }

  private static JsonNode render(Object value, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("an answer nested deeper than " + MAX_DEPTH);
    }
    return switch (value) {
      case null -> NODES.nullNode();
      case Optional<?> o -> o.isPresent() ? render(o.get(), depth + 1) : NODES.nullNode();
      case Bytes b -> NODES.textNode(b.toHex());
      case String s -> NODES.textNode(s);
      case Boolean b -> NODES.booleanNode(b);
      case Long l -> NODES.textNode(Long.toString(l));
      case Integer i -> NODES.numberNode(i);
      case Short s -> NODES.numberNode(s);
      case Byte b -> NODES.numberNode(b);
      case BigInteger i -> NODES.textNode(i.toString());
      case BigDecimal d -> NODES.textNode(d.toPlainString());
      case Enum<?> e -> NODES.textNode(e.name());
      case Collection<?> c -> {
        ArrayNode array = NODES.arrayNode();
        c.forEach(item -> array.add(render(item, depth + 1)));
        yield array;
      }
      case Map<?, ?> m -> {
        ObjectNode object = NODES.objectNode();
        m.forEach((k, v) -> object.set(key(k), render(v, depth + 1)));
        yield object;
      }
      case Record r -> record(r, depth);
      default -> NODES.textNode(value.toString());
    };
  }

  private static String key(Object k) {
    JsonNode rendered = render(k, MAX_DEPTH);
    return rendered.isTextual() ? rendered.textValue() : rendered.toString();
  }

  private static JsonNode record(Record r, int depth) {
    RecordComponent[] components = r.getClass().getRecordComponents();
    if (components.length == 1 && components[0].getType() == Bytes.class) {
      return NODES.textNode(((Bytes) component(r, components[0])).toHex());
    }
    ObjectNode object = NODES.objectNode();
    for (RecordComponent c : components) {
      object.set(c.getName(), render(component(r, c), depth + 1));
    }
    return object;
  }

  /**
   * Reads one component of a record (records of other modules are public, but nested ones may not
   * be).
   */
  static Object component(Record r, RecordComponent c) {
    try {
      c.getAccessor().setAccessible(true);
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read " + r.getClass().getName() + "." + c.getName(), e);
    }
  }
}
