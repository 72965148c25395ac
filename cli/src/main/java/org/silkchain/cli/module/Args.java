package org.silkchain.cli.module;

import org.silkchain.cli.client.Failure;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.transaction.AccountId;

/** Parsing of option values, each failure a bad-input failure naming the option. */
final class Args {
  private Args() {}

  static AccountId account(String option, String hex) throws Failure {
    try {
      AccountId id = AccountId.fromHex(hex);
      if (id.bytes().size() == AccountId.SIZE) {
        return id;
      }
    } catch (RuntimeException e) {
      // reported below
    }
    throw bad(option, "an account id (64 hex digits)", hex);
  }

  static Hash hash(String option, String hex) throws Failure {
    try {
      return Hash.fromHex(hex);
    } catch (RuntimeException e) {
      throw bad(option, "a 32-byte id (64 hex digits)", hex);
    }
  }

  static Bytes hex(String option, String hex) throws Failure {
    try {
      return Bytes.fromHex(hex);
    } catch (RuntimeException e) {
      throw bad(option, "hex", hex);
    }
  }

  /** A public key in hex: 32 bytes Ed25519, 33 bytes SM2 (compressed). */
  static PublicKey publicKey(String option, String hex) throws Failure {
    Bytes bytes = hex(option, hex);
    if (bytes.size() == PublicKey.ED25519_SIZE) {
      return new PublicKey(SuiteId.ED25519, bytes);
    }
    if (bytes.size() == PublicKey.SM2_SIZE) {
      return new PublicKey(SuiteId.SM2_SM3, bytes);
    }
    throw bad(option, "a public key (32 bytes Ed25519 or 33 bytes SM2, hex)", hex);
  }

  static long positive(String option, long value) throws Failure {
    if (value < 1) {
      throw new Failure(Failure.BAD_INPUT, option + " must be at least 1, got " + value);
    }
    return value;
  }

  private static Failure bad(String option, String what, String value) {
    String shown = value.length() > 80 ? value.substring(0, 80) + "..." : value;
    return new Failure(Failure.BAD_INPUT, option + " must be " + what + ", got '" + shown + "'");
  }
}
