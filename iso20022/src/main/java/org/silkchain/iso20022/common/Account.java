package org.silkchain.iso20022.common;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identification of a cash account ({@code AccountIdentification4Choice}): either an IBAN or
 * another identifier, such as the account's address on the Silkchain ledger.
 */
public sealed interface Account permits Account.Iban, Account.Other {

  /** An account identified by its IBAN. */
  static Account iban(String iban) {
    return new Iban(iban);
  }

  /** An account identified by {@code id} within the proprietary scheme {@code scheme}. */
  static Account other(String id, String scheme) {
    return new Other(id, Optional.of(scheme));
  }

  /**
   * An IBAN ({@code IBAN2007Identifier}). Beyond the schema's pattern, the ISO 13616 check digits
   * must be right, so a mistyped IBAN is caught here rather than by the receiving bank.
   */
  record Iban(String value) implements Account {
    private static final Pattern PATTERN = Pattern.compile("[A-Z]{2}[0-9]{2}[a-zA-Z0-9]{1,30}");

    public Iban {
      Objects.requireNonNull(value, "iban");
      if (value.length() > 34 || !PATTERN.matcher(value).matches()) {
        throw new IllegalArgumentException(
            "iban must be a country code, two check digits and up to 30 letters or digits,"
                + " without spaces; got '"
                + (value.length() <= 40 ? value : value.substring(0, 40) + "...")
                + "'");
      }
      if (!checksumHolds(value)) {
        throw new IllegalArgumentException("iban " + value + " has wrong check digits");
      }
    }

    /** ISO 13616: move the first four characters to the end, letters to 10..35, mod 97 is 1. */
    private static boolean checksumHolds(String iban) {
      String rearranged = iban.substring(4) + iban.substring(0, 4);
      StringBuilder digits = new StringBuilder(rearranged.length() * 2);
      for (char c : rearranged.toCharArray()) {
        digits.append(Character.digit(c, 36));
      }
      return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
  }

  /**
   * Another identification ({@code GenericAccountIdentification1}): an id of up to 34 characters
   * and an optional proprietary scheme name of up to 35, written as {@code SchmeNm/Prtry}.
   */
  record Other(String id, Optional<String> scheme) implements Account {
    public Other {
      IsoText.text("account.id", id, IsoText.MAX_34);
      IsoText.optionalText("account.scheme", scheme, IsoText.MAX_35);
    }
  }
}
