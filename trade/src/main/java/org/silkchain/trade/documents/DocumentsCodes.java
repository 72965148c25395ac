package org.silkchain.trade.documents;

import org.silkchain.runtime.result.ResultCode;

/** The documents module's own result codes ({@code documents.*}); stable, do not rename. */
public final class DocumentsCodes {
  /** The sender's roles may not issue this type of document. */
  public static final ResultCode WRONG_ISSUER = code("WRONG_ISSUER");

  /** A party named has no account. */
  public static final ResultCode UNKNOWN_PARTY = code("UNKNOWN_PARTY");

  /** The owner must be the issuer or one of the parties. */
  public static final ResultCode INVALID_OWNER = code("INVALID_OWNER");

  /** A customs declaration must be addressed to a customs member. */
  public static final ResultCode NO_CUSTOMS = code("NO_CUSTOMS");

  /** Only the document's owner grants and revokes access. */
  public static final ResultCode NOT_OWNER = code("NOT_OWNER");

  /** The account has access already. */
  public static final ResultCode ALREADY_GRANTED = code("ALREADY_GRANTED");

  /** The account has no access to revoke. */
  public static final ResultCode NOT_GRANTED = code("NOT_GRANTED");

  /** The issuer's and the owner's access cannot be revoked. */
  public static final ResultCode CANNOT_REVOKE = code("CANNOT_REVOKE");

  /** The new envelope commits to other content than the document. */
  public static final ResultCode COMMITMENT_MISMATCH = code("COMMITMENT_MISMATCH");

  /** More parties than a document may have. */
  public static final ResultCode TOO_MANY_PARTIES = code("TOO_MANY_PARTIES");

  private DocumentsCodes() {}

  private static ResultCode code(String name) {
    return ResultCode.of(DocumentsModule.NAME, name);
  }
}
