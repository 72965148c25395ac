package org.silkchain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.Signature;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;

class CertificateBindingTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void nodeKeySignsItsCertificateFingerprint(SuiteId id) {
    SignatureSuite suite = SignatureSuite.of(id);
    KeyPair node = suite.generate(RANDOM);
    Bytes fingerprint = TlsIdentity.generate("n", RANDOM).certificateFingerprint();
    Signature binding = CertificateBinding.sign(suite, node.privateKey(), fingerprint);

    assertThat(CertificateBinding.verify(suite, node.publicKey(), fingerprint, binding)).isTrue();
    // The domain-separated bytes are what is signed, not the bare fingerprint.
    assertThat(suite.verify(node.publicKey(), CertificateBinding.signBytes(fingerprint), binding))
        .isTrue();
    assertThat(suite.verify(node.publicKey(), fingerprint, binding)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void tamperedBindingsAreRejected(SuiteId id) {
    SignatureSuite suite = SignatureSuite.of(id);
    KeyPair node = suite.generate(RANDOM);
    KeyPair other = suite.generate(RANDOM);
    Bytes fingerprint = TlsIdentity.generate("n", RANDOM).certificateFingerprint();
    Signature binding = CertificateBinding.sign(suite, node.privateKey(), fingerprint);

    byte[] flipped = fingerprint.toArray();
    flipped[31] ^= 1;
    assertThat(CertificateBinding.verify(suite, node.publicKey(), Bytes.wrap(flipped), binding))
        .as("another certificate")
        .isFalse();
    assertThat(CertificateBinding.verify(suite, other.publicKey(), fingerprint, binding))
        .as("another node")
        .isFalse();
    byte[] badSignature = binding.bytes().toArray();
    badSignature[0] ^= 1;
    assertThat(
            CertificateBinding.verify(
                suite, node.publicKey(), fingerprint, new Signature(Bytes.wrap(badSignature))))
        .as("altered signature")
        .isFalse();
    assertThat(
            CertificateBinding.verify(suite, node.publicKey(), fingerprint.slice(0, 31), binding))
        .as("short fingerprint")
        .isFalse();
    SignatureSuite otherSuite =
        SignatureSuite.of(id == SuiteId.ED25519 ? SuiteId.SM2_SM3 : SuiteId.ED25519);
    assertThat(CertificateBinding.verify(otherSuite, node.publicKey(), fingerprint, binding))
        .as("key of another suite")
        .isFalse();
  }

  @org.junit.jupiter.api.Test
  void signBytesAreDomainThenFingerprint() {
    Bytes fingerprint = Bytes.wrap(new byte[32]);
    Bytes signed = CertificateBinding.signBytes(fingerprint);
    assertThat(
            new String(signed.slice(0, 25).toArray(), java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("silkchain/tls-binding/v1\0");
    assertThat(signed.size()).isEqualTo(25 + 32);
    assertThatThrownBy(() -> CertificateBinding.signBytes(Bytes.wrap(new byte[20])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
  }
}
