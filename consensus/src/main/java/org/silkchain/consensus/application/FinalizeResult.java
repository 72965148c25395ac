package org.silkchain.consensus.application;

import java.util.List;
import org.silkchain.consensus.validator.ValidatorUpdate;
import org.silkchain.crypto.Hash;

/**
 * What executing a decided block produced: the application's state root after it, and validator
 * changes the block's transactions asked for (empty almost always).
 */
public record FinalizeResult(Hash appHash, List<ValidatorUpdate> validatorUpdates) {
  public FinalizeResult {
    validatorUpdates = List.copyOf(validatorUpdates);
  }

  public static FinalizeResult of(Hash appHash) {
    return new FinalizeResult(appHash, List.of());
  }
}
