package org.silkchain.trade.payments;

/**
 * Who bears the charges of a cross-border payment (ISO 20022 {@code ChargeBearerType1Code}). With
 * instructed amount {@code I} and the agents' charges {@code a} (debtor agent) and {@code b}
 * (creditor agent), in the debtor's currency:
 *
 * <ul>
 *   <li>{@link #DEBT}: the payer pays {@code I + a + b}; {@code I} is converted;
 *   <li>{@link #SHAR}: the payer pays {@code I + a}; {@code I - b} is converted;
 *   <li>{@link #CRED}: the payer pays {@code I}; {@code I - a - b} is converted.
 * </ul>
 */
public enum ChargeBearer {
  DEBT(0),
  CRED(1),
  SHAR(2);

  private final int code;

  ChargeBearer(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  static ChargeBearer fromCode(int code) {
    for (ChargeBearer c : values()) {
      if (c.code == code) {
        return c;
      }
    }
    throw new org.silkchain.codec.DecodeException(
        org.silkchain.codec.DecodeException.Reason.INVALID_VALUE, "chargeBearer " + code);
  }
}
