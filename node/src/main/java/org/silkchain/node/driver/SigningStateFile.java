package org.silkchain.node.driver;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;
import org.silkchain.consensus.signing.SigningState;

/**
 * The signing state in one small file ({@code signing-state} in the data directory), replaced
 * atomically: write a temporary file, fsync it, rename it over the old one, fsync the directory. A
 * crash at any point leaves either the old or the new state, whole.
 */
public final class SigningStateFile implements SigningStateStore {
  public static final String FILE_NAME = "signing-state";

  private final Path file;
  private final Path temporary;

  public SigningStateFile(Path dataDir) {
    this.file = dataDir.resolve(FILE_NAME);
    this.temporary = dataDir.resolve(FILE_NAME + ".tmp");
  }

  /**
   * @throws IOException also when the file exists but does not decode (a corrupted file must stop
   *     the node: starting from {@code INITIAL} could make it sign twice)
   */
  @Override
  public SigningState load() throws IOException {
    if (!Files.exists(file)) {
      return SigningState.INITIAL;
    }
    if (Files.size(file) > 4096) {
      throw new IOException(file + " is corrupted (too large)");
    }
    try {
      return SigningState.CODEC.decode(Bytes.wrap(Files.readAllBytes(file)));
    } catch (DecodeException e) {
      throw new IOException(file + " is corrupted: " + e.getMessage());
    }
  }

  @Override
  public void persist(SigningState state) throws IOException {
    ByteBuffer content = ByteBuffer.wrap(SigningState.CODEC.encode(state).toArray());
    try (FileChannel out =
        FileChannel.open(
            temporary,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      while (content.hasRemaining()) {
        out.write(content);
      }
      out.force(true);
    }
    try {
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the data directory does not support atomic renames", e);
    }
    try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
      dir.force(true);
    }
  }
}
