package org.silkchain.node.driver;

import java.io.IOException;
import org.silkchain.consensus.signing.SigningState;

/** Where the validator's signing state survives restarts. */
public interface SigningStateStore {
  /** The last persisted state, or {@link SigningState#INITIAL} if none was ever persisted. */
  SigningState load() throws IOException;

  /** Makes {@code state} durable before returning. */
  void persist(SigningState state) throws IOException;
}
