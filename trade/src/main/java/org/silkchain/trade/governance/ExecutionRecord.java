package org.silkchain.trade.governance;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.runtime.result.ResultCode;

/**
 * The result of executing an adopted proposal: at which height, {@code OK} or the code and message
 * of the refusal (in which case nothing the measure would have changed was changed).
 */
public record ExecutionRecord(long height, ResultCode code, String message) {
  public static final int MAX_MESSAGE_BYTES = 512;

  public static final Codec<ExecutionRecord> CODEC =
      new Codec<>() {
        @Override
        public void encode(ExecutionRecord e, CanonicalWriter out) {
          out.u63(e.height);
          ResultCode.CODEC.encode(e.code, out);
          out.string(e.message);
        }

        @Override
        public ExecutionRecord decode(CanonicalReader in) {
          return new ExecutionRecord(
              in.u63("execution.height"),
              ResultCode.CODEC.decode(in),
              in.string("execution.message", MAX_MESSAGE_BYTES));
        }
      };

  /** A record with {@code message} cut to fit (by characters, so the UTF-8 stays whole). */
  public static ExecutionRecord of(long height, ResultCode code, String message) {
    String m = message == null ? "" : message;
    while (m.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_MESSAGE_BYTES) {
      m = m.substring(0, m.length() - 1);
    }
    return new ExecutionRecord(height, code, m);
  }
}
