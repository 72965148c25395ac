package org.silkchain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsIdentityTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void generatesASelfSignedP256CertificateWithASha256Fingerprint() throws Exception {
    TlsIdentity identity = TlsIdentity.generate("bank-a, node=1", RANDOM);
    assertThat(identity.certificate().getPublicKey()).isInstanceOf(ECPublicKey.class);
    assertThat(identity.certificate().getSigAlgName()).isEqualTo("SHA256withECDSA");
    identity.certificate().verify(identity.certificate().getPublicKey());
    assertThat(identity.certificate().getSubjectX500Principal().getName())
        .isEqualTo("CN=bank-a\\, node\\=1");
    assertThat(identity.certificateFingerprint().size()).isEqualTo(32);
    assertThat(identity.certificateFingerprint())
        .isEqualTo(
            org.silkchain.codec.Bytes.wrap(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(identity.certificateDer().toArray())));
    assertThat(TlsIdentity.generate("x", RANDOM).certificateFingerprint())
        .isNotEqualTo(identity.certificateFingerprint());
  }

  @Test
  void saveAndLoadRoundTripWithAnOwnerOnlyEncryptedKeyFile(@TempDir Path dir) throws IOException {
    TlsIdentity identity = TlsIdentity.generate("node", RANDOM);
    Path home = dir.resolve("tls");
    identity.save(home, "correct horse".toCharArray());

    String keyPem = Files.readString(home.resolve(TlsIdentity.KEY_FILE));
    assertThat(keyPem).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    assertThat(Files.readString(home.resolve(TlsIdentity.CERTIFICATE_FILE)))
        .startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(Files.getPosixFilePermissions(home.resolve(TlsIdentity.KEY_FILE)))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    TlsIdentity loaded = TlsIdentity.load(home, "correct horse".toCharArray());
    assertThat(loaded.certificateFingerprint()).isEqualTo(identity.certificateFingerprint());
    assertThat(loaded.keyManagerFactory().getKeyManagers()).isNotEmpty();

    assertThatThrownBy(() -> TlsIdentity.load(home, "wrong horse".toCharArray()))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("wrong passphrase");
    assertThatThrownBy(() -> identity.save(home, "again".toCharArray()))
        .isInstanceOf(FileAlreadyExistsException.class);
  }

  @Test
  void missingOrPlainKeyFilesAreRejectedClearly(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> TlsIdentity.load(dir, "x".toCharArray()))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
    TlsIdentity identity = TlsIdentity.generate("node", RANDOM);
    identity.save(dir.resolve("a"), "pw".toCharArray());
    Files.copy(
        dir.resolve("a").resolve(TlsIdentity.CERTIFICATE_FILE),
        dir.resolve(TlsIdentity.CERTIFICATE_FILE));
    Files.writeString(dir.resolve(TlsIdentity.KEY_FILE), "not a key");
    assertThatThrownBy(() -> TlsIdentity.load(dir, "pw".toCharArray()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("holds no encrypted PKCS#8 private key");
    assertThatThrownBy(() -> identity.save(dir.resolve("b"), new char[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty passphrase");
  }

  @Test
  void toStringShowsNoKey() {
    TlsIdentity identity = TlsIdentity.generate("node-7", RANDOM);
    assertThat(identity.toString())
        .contains("CN=node-7")
        .contains(identity.certificateFingerprint().toHex())
        .doesNotContainIgnoringCase("private");
  }
}
