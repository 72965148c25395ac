package org.silkchain.crypto.keyfile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Reads and writes {@link KeyFile}s on disk. */
public final class KeyFileStore {
  /** rw------- : only the owner may read a key file, even though its secret is encrypted. */
  public static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private KeyFileStore() {}

  /**
   * Creates {@code path} holding {@code file}, with owner-only permissions (0600) set at creation
   * where the file system is POSIX, and forces it to disk. Never overwrites: an existing file makes
   * this fail with {@link java.nio.file.FileAlreadyExistsException}, because a replaced key file
   * may be the only copy of a key.
   */
  public static void write(Path path, KeyFile file) throws IOException {
    Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    boolean posix = path.getFileSystem().supportedFileAttributeViews().contains("posix");
    FileAttribute<?>[] attributes =
        posix
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
            : new FileAttribute<?>[0];
    ByteBuffer content = ByteBuffer.wrap(file.toText().getBytes(UTF_8));
    // Opened outside the try: if the file already exists, it is not ours to delete.
    FileChannel channel = FileChannel.open(path, options, attributes);
    boolean written = false;
    try (channel) {
      while (content.hasRemaining()) {
        channel.write(content);
      }
      channel.force(true);
      written = true;
    } finally {
      if (!written) {
        Files.deleteIfExists(path);
      }
    }
  }

  /**
   * Reads and parses {@code path}.
   *
   * @throws KeyFileException if the content is not a key file this build reads
   */
  public static KeyFile read(Path path) throws IOException, KeyFileException {
    if (Files.size(path) > KeyFileFormat.MAX_SIZE) {
      throw new KeyFileException(
          KeyFileException.Reason.MALFORMED, "larger than " + KeyFileFormat.MAX_SIZE + " bytes");
    }
    byte[] raw = Files.readAllBytes(path);
    String text;
    try {
      text =
          UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(raw))
              .toString();
    } catch (CharacterCodingException e) {
      throw new KeyFileException(KeyFileException.Reason.MALFORMED, "not UTF-8 text");
    }
    return KeyFile.parse(text);
  }
}
