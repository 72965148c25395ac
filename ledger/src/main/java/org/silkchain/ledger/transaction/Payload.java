package org.silkchain.ledger.transaction;

import java.util.regex.Pattern;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/**
 * What a transaction asks a module to do: the {@code action} of {@code module}, with {@code body}
 * in that module's own canonical encoding. The ledger treats the body as opaque bytes; only the
 * addressed module decodes it.
 *
 * <p>Invariants: module and action match {@code [a-z][a-z0-9_.-]{0,31}}; the body has at most
 * {@value #MAX_BODY_SIZE} bytes.
 */
public record Payload(String module, String action, Bytes body) {
  public static final int MAX_NAME_LENGTH = 32;
  public static final int MAX_BODY_SIZE = 256 * 1024;
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.-]{0,31}");

  public static final Codec<Payload> CODEC =
      new Codec<>() {
        @Override
        public void encode(Payload p, CanonicalWriter out) {
          out.string(p.module).string(p.action).bytes(p.body);
        }

        @Override
        public Payload decode(CanonicalReader in) {
          String module = name(in, "payload.module");
          String action = name(in, "payload.action");
          return new Payload(module, action, in.bytes("payload.body", MAX_BODY_SIZE));
        }

        private static String name(CanonicalReader in, String field) {
          String value = in.string(field, MAX_NAME_LENGTH);
          if (!isValidName(value)) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE, field + ": not a valid identifier");
          }
          return value;
        }
      };

  public Payload {
    if (!isValidName(module) || !isValidName(action)) {
      throw new IllegalArgumentException(
          "module and action must match " + NAME.pattern() + ": " + module + "/" + action);
    }
    if (body.size() > MAX_BODY_SIZE) {
      throw new IllegalArgumentException(
          "payload body has " + body.size() + " bytes, limit " + MAX_BODY_SIZE);
    }
  }

  public static boolean isValidName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  @Override
  public String toString() {
    return "Payload[" + module + "/" + action + ", " + body.size() + " bytes]";
  }
}
