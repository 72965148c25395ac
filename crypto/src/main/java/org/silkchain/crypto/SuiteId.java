package org.silkchain.crypto;

import org.silkchain.codec.DecodeException;

/** The signature suites a network can choose at genesis; the code is part of the encoding. */
public enum SuiteId {
  /** Ed25519 (RFC 8032) signatures, SHA-256 hashing, X25519 + AES-256-GCM envelopes. */
  ED25519(1),
  /** SM2 (GB/T 32918) signatures with SM3 (GB/T 32905) hashing, SM2 + SM4-GCM envelopes. */
  SM2_SM3(2);

  private final int code;

  SuiteId(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static SuiteId fromCode(int code) {
    for (SuiteId id : values()) {
      if (id.code == code) {
        return id;
      }
    }
    throw new DecodeException(DecodeException.Reason.UNKNOWN_TAG, "signature suite " + code);
  }
}
