package org.silkchain.trade.messages;

import org.silkchain.runtime.result.ResultCode;

/** The messages module's own result codes ({@code messages.*}); stable, do not rename. */
public final class MessagesCodes {
  /** The recipient is not a commercial or central bank member. */
  public static final ResultCode NOT_A_BANK = code("NOT_A_BANK");

  /** A bank does not message itself. */
  public static final ResultCode SELF_ADDRESSED = code("SELF_ADDRESSED");

  /** Only the message's recipient acknowledges it. */
  public static final ResultCode NOT_RECIPIENT = code("NOT_RECIPIENT");

  /** The message was acknowledged already. */
  public static final ResultCode ALREADY_DELIVERED = code("ALREADY_DELIVERED");

  private MessagesCodes() {}

  private static ResultCode code(String name) {
    return ResultCode.of(MessagesModule.NAME, name);
  }
}
