package org.silkchain.ledger;

/**
 * The one-byte domain tags this module passes to {@link
 * org.silkchain.crypto.HashFunction#digest(byte, org.silkchain.codec.Bytes...)}. Keeping them in
 * one place is how we make sure no two kinds of ledger hash share a tag: with distinct tags, a
 * transaction id can never equal a block hash or a Merkle node even if the hashed bytes agree.
 *
 * <p>0x00 and 0x01 are RFC 6962's leaf and node prefixes; they must stay as they are so that our
 * Merkle roots match Certificate Transparency's test vectors.
 */
public final class HashDomains {
  /** RFC 6962 leaf: {@code H(0x00 || leaf data)}. */
  public static final byte MERKLE_LEAF = 0x00;

  /** RFC 6962 inner node: {@code H(0x01 || left || right)}. */
  public static final byte MERKLE_NODE = 0x01;

  /** Transaction id: {@code H(0x10 || transaction body encoding)}. */
  public static final byte TRANSACTION_ID = 0x10;

  /** Block hash: {@code H(0x11 || block header encoding)}. */
  public static final byte BLOCK_HASH = 0x11;

  /** Account id: {@code H(0x12 || account creation record)}. */
  public static final byte ACCOUNT_ID = 0x12;

  private HashDomains() {}
}
