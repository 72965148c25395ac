package org.silkchain.network;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.silkchain.codec.Bytes;

/**
 * A node's TLS key pair (ECDSA P-256) and its self-signed X.509 certificate. There is no CA: peers
 * accept the certificate because its SHA-256 fingerprint is pinned in the genesis, so the
 * certificate's names and validity carry no meaning (it never expires).
 *
 * <p>The private key never leaves this object except as a {@link KeyManagerFactory} for TLS and,
 * encrypted, in {@link #save}. {@link #toString()} shows only the common name and fingerprint.
 */
public final class TlsIdentity {
  public static final String CERTIFICATE_FILE = "tls.crt";
  public static final String KEY_FILE = "tls.key";

  /** PBKDF2-HMAC-SHA256 rounds protecting the key file (OWASP's 2023 recommendation). */
  static final int PBKDF2_ITERATIONS = 600_000;

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  // Pinning replaces validity: the certificate is valid from 2000 to 9999-12-31 ("no expiry").
  private static final Date NOT_BEFORE = Date.from(Instant.parse("2000-01-01T00:00:00Z"));
  private static final Date NOT_AFTER = Date.from(Instant.parse("9999-12-31T23:59:59Z"));
  // The JDK lacks the PKCS7-padded AES and PBES2 names bcpkix asks for; BouncyCastle is used as an
  // explicit provider instance, never registered JVM-wide.
  private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();
  private static final char[] IN_MEMORY_STORE_PASSWORD = "in-memory-only".toCharArray();

  private final PrivateKey privateKey;
  private final X509Certificate certificate;
  private final Bytes fingerprint;

  private TlsIdentity(PrivateKey privateKey, X509Certificate certificate) {
    this.privateKey = privateKey;
    this.certificate = certificate;
    this.fingerprint = fingerprintOf(certificate);
  }

  /** A fresh P-256 key and a self-signed certificate with subject {@code CN=commonName}. */
  public static TlsIdentity generate(String commonName, SecureRandom random) {
    Objects.requireNonNull(commonName, "commonName");
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), random);
      KeyPair pair = generator.generateKeyPair();
      X500Principal name = new X500Principal("CN=" + escape(commonName));
      BigInteger serial = new BigInteger(63, random).add(BigInteger.ONE);
      var builder =
          new JcaX509v3CertificateBuilder(
              name, serial, NOT_BEFORE, NOT_AFTER, name, pair.getPublic());
      var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate());
      X509Certificate certificate =
          new JcaX509CertificateConverter().getCertificate(builder.build(signer));
      return new TlsIdentity(pair.getPrivate(), certificate);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot generate a P-256 TLS identity", e);
    }
  }

  /** SHA-256 of the certificate's DER encoding: what the genesis pins. */
  public static Bytes fingerprintOf(X509Certificate certificate) {
    try {
      return Bytes.wrap(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot fingerprint certificate", e);
    }
  }

  public Bytes certificateFingerprint() {
    return fingerprint;
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** The certificate's DER encoding. */
  public Bytes certificateDer() {
    try {
      return Bytes.wrap(certificate.getEncoded());
    } catch (CertificateException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A key manager presenting this identity, for a TLS context. */
  public KeyManagerFactory keyManagerFactory() {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          "silkchain", privateKey, IN_MEMORY_STORE_PASSWORD, new X509Certificate[] {certificate});
      KeyManagerFactory factory =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      factory.init(store, IN_MEMORY_STORE_PASSWORD);
      return factory;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build a key manager", e);
    }
  }

  /**
   * Writes {@value #CERTIFICATE_FILE} (PEM) and {@value #KEY_FILE} (PEM PKCS#8, encrypted with
   * PBES2: PBKDF2-HMAC-SHA256 and AES-256-CBC) into {@code dir}, creating it if needed. The key
   * file is created owner-only (0600) where the file system is POSIX. Never overwrites: an existing
   * file fails with {@link java.nio.file.FileAlreadyExistsException}.
   */
  public void save(Path dir, char[] passphrase) throws IOException {
    Objects.requireNonNull(passphrase, "passphrase");
    if (passphrase.length == 0) {
      throw new IllegalArgumentException("an empty passphrase would leave the key unprotected");
    }
    String keyPem;
    try {
      var encryptor =
          new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
              .setPRF(JcaPKCS8Generator.PRF_HMACSHA256)
              .setIterationCount(PBKDF2_ITERATIONS)
              .setRandom(new SecureRandom())
              .setPassword(passphrase)
              .setProvider(BOUNCY_CASTLE)
              .build();
      keyPem = pem(new JcaPKCS8Generator(privateKey, encryptor));
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("cannot encrypt the TLS key", e);
    }
    Files.createDirectories(dir);
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    FileAttribute<?>[] ownerOnly =
        posix
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
            : new FileAttribute<?>[0];
    Path keyFile = dir.resolve(KEY_FILE);
    Files.write(
        Files.createFile(keyFile, ownerOnly),
        keyPem.getBytes(StandardCharsets.US_ASCII),
        StandardOpenOption.WRITE);
    Files.writeString(
        dir.resolve(CERTIFICATE_FILE),
        pem(certificate),
        StandardCharsets.US_ASCII,
        StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
  }

  /**
   * Reads what {@link #save} wrote.
   *
   * @throws IOException if a file is missing or malformed, or (message starting "wrong passphrase")
   *     if the key does not decrypt with {@code passphrase} to the certificate's key
   */
  public static TlsIdentity load(Path dir, char[] passphrase) throws IOException {
    Objects.requireNonNull(passphrase, "passphrase");
    X509Certificate certificate;
    try (Reader in = Files.newBufferedReader(dir.resolve(CERTIFICATE_FILE))) {
      Object object = new PEMParser(in).readObject();
      if (!(object instanceof X509CertificateHolder holder)) {
        throw new IOException(dir.resolve(CERTIFICATE_FILE) + " holds no PEM certificate");
      }
      certificate = new JcaX509CertificateConverter().getCertificate(holder);
    } catch (CertificateException e) {
      throw new IOException(dir.resolve(CERTIFICATE_FILE) + " holds an invalid certificate", e);
    }
    Path keyFile = dir.resolve(KEY_FILE);
    Object object;
    try (Reader in = new StringReader(Files.readString(keyFile, StandardCharsets.US_ASCII))) {
      object = new PEMParser(in).readObject();
    }
    if (!(object instanceof PKCS8EncryptedPrivateKeyInfo encrypted)) {
      throw new IOException(keyFile + " holds no encrypted PKCS#8 private key");
    }
    PrivateKey key;
    try {
      PrivateKeyInfo info =
          encrypted.decryptPrivateKeyInfo(
              new JceOpenSSLPKCS8DecryptorProviderBuilder()
                  .setProvider(BOUNCY_CASTLE)
                  .build(passphrase));
      key = new JcaPEMKeyConverter().getPrivateKey(info);
    } catch (PKCSException | OperatorCreationException | IOException | RuntimeException e) {
      // A wrong passphrase shows as bad padding or as garbage that does not parse.
      throw new IOException("wrong passphrase (or corrupted key file): " + keyFile, e);
    }
    if (!matches(key, certificate)) {
      throw new IOException("wrong passphrase (key does not match the certificate): " + keyFile);
    }
    return new TlsIdentity(key, certificate);
  }

  /** Whether {@code key} signs what the certificate's public key verifies. */
  private static boolean matches(PrivateKey key, X509Certificate certificate) {
    try {
      byte[] probe = "silkchain tls key check".getBytes(StandardCharsets.US_ASCII);
      java.security.Signature signer = java.security.Signature.getInstance("SHA256withECDSA");
      signer.initSign(key);
      signer.update(probe);
      byte[] signature = signer.sign();
      java.security.Signature verifier = java.security.Signature.getInstance("SHA256withECDSA");
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(probe);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static String pem(Object object) throws IOException {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
    }
    return out.toString();
  }

  private static String escape(String commonName) {
    // X.500 names treat these as syntax; a node name containing them stays one CN.
    return commonName.replaceAll("([,+\"\\\\<>;=])", "\\\\$1");
  }

  @Override
  public String toString() {
    return "TlsIdentity["
        + certificate.getSubjectX500Principal().getName()
        + ", sha256="
        + fingerprint.toHex()
        + "]";
  }
}
