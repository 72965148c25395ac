package org.silkchain.crypto.keyfile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.silkchain.crypto.keyfile.KeyFileTest.FAST;
import static org.silkchain.crypto.keyfile.KeyFileTest.PASSPHRASE;
import static org.silkchain.crypto.keyfile.KeyFileTest.RANDOM;
import static org.silkchain.crypto.keyfile.KeyFileTest.assertReason;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.crypto.keyfile.KeyFileException.Reason;

class KeyFileStoreTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void signingAndEncryptionKeysRoundTripThroughDisk(SuiteId suite) throws Exception {
    KeyPair signing = SignatureSuite.of(suite).generate(RANDOM);
    EncryptionKeyPair encryption = EncryptionKeyPair.generate(suite, RANDOM);
    Path signingPath = dir.resolve("node.key");
    Path encryptionPath = dir.resolve("node.enc.key");
    KeyFileStore.write(signingPath, KeyFileCipher.seal(signing, PASSPHRASE, FAST, RANDOM));
    KeyFileStore.write(encryptionPath, KeyFileCipher.seal(encryption, PASSPHRASE, FAST, RANDOM));

    KeyPair openedSigning =
        KeyFileCipher.openSigningKey(KeyFileStore.read(signingPath), PASSPHRASE);
    EncryptionKeyPair openedEncryption =
        KeyFileCipher.openEncryptionKey(KeyFileStore.read(encryptionPath), PASSPHRASE);
    assertThat(openedSigning.publicKey()).isEqualTo(signing.publicKey());
    assertThat(openedEncryption.publicKey()).isEqualTo(encryption.publicKey());
    assertThat(openedEncryption.privateKey().secret()).isEqualTo(encryption.privateKey().secret());
  }

  @Test
  void filesAreOwnerOnly() throws Exception {
    Assumptions.assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions not supported here");
    Path path = dir.resolve("node.key");
    KeyFileStore.write(path, sample());
    assertThat(Files.getPosixFilePermissions(path))
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
  }

  @Test
  void neverOverwritesAnExistingFile() throws Exception {
    Path path = dir.resolve("node.key");
    Files.writeString(path, "precious");
    assertThatThrownBy(() -> KeyFileStore.write(path, sample()))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(path)).isEqualTo("precious");
  }

  @Test
  void oversizedOrNonUtf8FilesAreMalformed() throws Exception {
    Path big = dir.resolve("big.key");
    Files.writeString(big, "x".repeat(KeyFileFormat.MAX_SIZE + 1));
    assertReason(() -> KeyFileStore.read(big), Reason.MALFORMED);
    Path binary = dir.resolve("binary.key");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, '\n'});
    assertReason(() -> KeyFileStore.read(binary), Reason.MALFORMED);
  }

  @Test
  void aFileWrittenByHandInTheFormatIsRead() throws Exception {
    KeyFile file = sample();
    Path path = dir.resolve("copy.key");
    Files.write(path, file.toText().getBytes(UTF_8));
    assertThat(KeyFileStore.read(path)).isEqualTo(file);
  }

  private static KeyFile sample() {
    return KeyFileCipher.seal(
        SignatureSuite.of(SuiteId.ED25519).generate(RANDOM), PASSPHRASE, FAST, RANDOM);
  }
}
