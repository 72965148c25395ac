package org.silkchain.crypto.keyfile;

import static org.silkchain.crypto.keyfile.KeyFileException.Reason.MALFORMED;
import static org.silkchain.crypto.keyfile.KeyFileException.Reason.UNSUPPORTED_PARAMETERS;
import static org.silkchain.crypto.keyfile.KeyFileException.Reason.UNSUPPORTED_VERSION;

import java.util.HexFormat;
import java.util.List;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Aead;
import org.silkchain.crypto.SuiteId;

/**
 * The key file's text form: UTF-8 (in practice ASCII), exactly these lines in this order, each
 * {@code key=value} and ending in {@code \n}, with no blank lines, spaces, comments or {@code \r}:
 *
 * <pre>
 * format=silkchain-key-file
 * version=1
 * kind=signing                 (or encryption)
 * suite=ED25519                (or SM2_SM3)
 * public-key=&lt;lowercase hex&gt;
 * kdf=scrypt
 * scrypt-log2-n=15
 * scrypt-r=8
 * scrypt-p=1
 * salt=&lt;64 hex digits&gt;
 * cipher=AES-256-GCM
 * nonce=&lt;24 hex digits&gt;
 * ciphertext=&lt;96 hex digits: 32-byte secret then 16-byte tag&gt;
 * </pre>
 *
 * <p>The parser accepts only what {@link #format} writes, so each file has one text form and the
 * header (every line before {@code ciphertext}) can serve byte for byte as the associated data.
 * {@code version} is checked before anything after it, so a newer file fails as {@code
 * UNSUPPORTED_VERSION} rather than as malformed.
 */
final class KeyFileFormat {
  static final String MAGIC = "silkchain-key-file";
  static final String KDF = "scrypt";
  static final String CIPHER = "AES-256-GCM";

  /** Far above the ~400 bytes a valid file has; bounds what a reader holds. */
  static final int MAX_SIZE = 4096;

  private static final List<String> KEYS =
      List.of(
          "format",
          "version",
          "kind",
          "suite",
          "public-key",
          "kdf",
          "scrypt-log2-n",
          "scrypt-r",
          "scrypt-p",
          "salt",
          "cipher",
          "nonce",
          "ciphertext");

  private static final HexFormat HEX = HexFormat.of();

  private KeyFileFormat() {}

  static String format(KeyFile file) {
    return header(file) + "ciphertext=" + file.ciphertext().toHex() + "\n";
  }

  /** Every line but the last: the associated data of the encryption. */
  static String header(KeyFile file) {
    ScryptParameters kdf = file.kdf();
    return "format="
        + MAGIC
        + "\nversion="
        + KeyFile.VERSION
        + "\nkind="
        + file.kind().label()
        + "\nsuite="
        + file.suite().name()
        + "\npublic-key="
        + file.publicKey().toHex()
        + "\nkdf="
        + KDF
        + "\nscrypt-log2-n="
        + kdf.log2N()
        + "\nscrypt-r="
        + kdf.r()
        + "\nscrypt-p="
        + kdf.p()
        + "\nsalt="
        + file.salt().toHex()
        + "\ncipher="
        + CIPHER
        + "\nnonce="
        + file.nonce().toHex()
        + "\n";
  }

  static KeyFile parse(String text) throws KeyFileException {
    if (text.length() > MAX_SIZE) {
      throw new KeyFileException(MALFORMED, "longer than " + MAX_SIZE + " characters");
    }
    if (!text.endsWith("\n")) {
      throw new KeyFileException(MALFORMED, "the last line does not end in a newline");
    }
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    if (!lines[0].equals("format=" + MAGIC)) {
      throw new KeyFileException(MALFORMED, "line 1: not a Silkchain key file");
    }
    if (lines.length < 2) {
      throw new KeyFileException(MALFORMED, "line 2 (version): missing");
    }
    int version = number(lines, 1, Integer.MAX_VALUE);
    if (version != KeyFile.VERSION) {
      throw new KeyFileException(
          UNSUPPORTED_VERSION, "version " + version + ", this build reads " + KeyFile.VERSION);
    }
    if (lines.length != KEYS.size()) {
      throw new KeyFileException(
          MALFORMED, lines.length + " lines, a version 1 file has " + KEYS.size());
    }
    KeyKind kind = kind(lines);
    SuiteId suite = suite(lines);
    Bytes publicKey = hex(lines, 4, KeyFile.publicKeySize(kind, suite));
    if (!value(lines, 5).equals(KDF)) {
      throw new KeyFileException(UNSUPPORTED_PARAMETERS, "line 6 (kdf): only " + KDF);
    }
    ScryptParameters kdf;
    try {
      kdf = new ScryptParameters(number(lines, 6, 99), number(lines, 7, 99), number(lines, 8, 99));
    } catch (IllegalArgumentException e) {
      throw new KeyFileException(UNSUPPORTED_PARAMETERS, e.getMessage());
    }
    Bytes salt = hex(lines, 9, KeyFile.SALT_SIZE);
    if (!value(lines, 10).equals(CIPHER)) {
      throw new KeyFileException(UNSUPPORTED_PARAMETERS, "line 11 (cipher): only " + CIPHER);
    }
    Bytes nonce = hex(lines, 11, Aead.NONCE_SIZE);
    Bytes ciphertext = hex(lines, 12, KeyFile.CIPHERTEXT_SIZE);
    return new KeyFile(kind, suite, publicKey, kdf, salt, nonce, ciphertext);
  }

  private static String value(String[] lines, int index) throws KeyFileException {
    String prefix = KEYS.get(index) + "=";
    if (!lines[index].startsWith(prefix)) {
      throw new KeyFileException(MALFORMED, where(index) + ": expected this line here");
    }
    return lines[index].substring(prefix.length());
  }

  private static KeyKind kind(String[] lines) throws KeyFileException {
    String v = value(lines, 2);
    for (KeyKind kind : KeyKind.values()) {
      if (kind.label().equals(v)) {
        return kind;
      }
    }
    throw new KeyFileException(MALFORMED, where(2) + ": not signing or encryption");
  }

  private static SuiteId suite(String[] lines) throws KeyFileException {
    String v = value(lines, 3);
    for (SuiteId suite : SuiteId.values()) {
      if (suite.name().equals(v)) {
        return suite;
      }
    }
    throw new KeyFileException(UNSUPPORTED_PARAMETERS, where(3) + ": unknown suite");
  }

  /** A decimal in {@code 0..max} without sign or leading zeros. */
  private static int number(String[] lines, int index, int max) throws KeyFileException {
    String v = value(lines, index);
    boolean digits =
        !v.isEmpty() && v.length() <= 10 && v.chars().allMatch(c -> c >= '0' && c <= '9');
    if (!digits || (v.length() > 1 && v.charAt(0) == '0') || Long.parseLong(v) > max) {
      throw new KeyFileException(MALFORMED, where(index) + ": not a number in 0.." + max);
    }
    return Integer.parseInt(v);
  }

  /** Exactly {@code size} bytes as lowercase hex. */
  private static Bytes hex(String[] lines, int index, int size) throws KeyFileException {
    String v = value(lines, index);
    boolean lowerHex = v.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    if (v.length() != 2 * size || !lowerHex) {
      throw new KeyFileException(
          MALFORMED, where(index) + ": expected " + 2 * size + " lowercase hex digits");
    }
    return Bytes.wrap(HEX.parseHex(v));
  }

  private static String where(int index) {
    return "line " + (index + 1) + " (" + KEYS.get(index) + ")";
  }
}
