package org.silkchain.node.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.consensus.signing.SigningState;
import org.silkchain.consensus.signing.SigningStep;
import org.silkchain.crypto.Hash;

class SigningStateFileTest {
  @TempDir Path dir;

  @Test
  void aFreshDirectoryStartsFromTheInitialState() throws Exception {
    assertThat(new SigningStateFile(dir).load()).isEqualTo(SigningState.INITIAL);
  }

  @Test
  void thePersistedStateSurvivesReopeningAndReplacesTheOldOne() throws Exception {
    Hash value = Hash.fromHex("11".repeat(32));
    SigningState first =
        SigningState.INITIAL.next(
            3, 0, SigningStep.PREVOTE, Optional.of(value), -1, Optional.empty());
    SigningState second =
        first.next(3, 0, SigningStep.PRECOMMIT, Optional.of(value), 0, Optional.of(value));
    new SigningStateFile(dir).persist(first);
    new SigningStateFile(dir).persist(second);
    assertThat(new SigningStateFile(dir).load()).isEqualTo(second);
    assertThat(dir.resolve(SigningStateFile.FILE_NAME + ".tmp")).doesNotExist();
  }

  @Test
  void aCorruptedFileStopsTheNodeInsteadOfStartingOver() throws Exception {
    Files.write(dir.resolve(SigningStateFile.FILE_NAME), new byte[] {1, 2, 3});
    assertThatThrownBy(() -> new SigningStateFile(dir).load())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("corrupted");
  }
}
