package org.silkchain.node;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.keyfile.KeyFileCipher;
import org.silkchain.crypto.keyfile.KeyFileException;
import org.silkchain.crypto.keyfile.KeyFileStore;
import org.silkchain.network.TlsIdentity;
import org.silkchain.node.config.NodeConfig;
import org.silkchain.node.genesis.ConsortiumGenerator;
import org.silkchain.node.genesis.GenesisValidator;

/**
 * The node's secrets, opened from its encrypted key files: consensus key and TLS identity. A
 * genesis validator's keys must be the ones the genesis names; a node added later is checked
 * against the validator registry instead (its peers accept it once a vote admitted it).
 */
record NodeIdentity(KeyPair nodeKey, TlsIdentity tls) {
  static NodeIdentity open(NodeConfig config, Optional<GenesisValidator> expected)
      throws StartupException {
    char[] passphrase;
    try {
      passphrase = config.passphrase().read();
    } catch (IOException e) {
      throw new StartupException("cannot read the passphrase: " + e.getMessage());
    }
    try {
      Path keyFile = config.keysDir().resolve(ConsortiumGenerator.NODE_KEY_FILE);
      KeyPair nodeKey;
      try {
        nodeKey = KeyFileCipher.openSigningKey(KeyFileStore.read(keyFile), passphrase);
      } catch (KeyFileException e) {
        if (e.reason() == KeyFileException.Reason.WRONG_PASSPHRASE) {
          throw new StartupException("bad passphrase for " + keyFile);
        }
        throw new StartupException("cannot open " + keyFile + ": " + e.getMessage());
      } catch (IOException e) {
        throw new StartupException("cannot read " + keyFile + ": " + e.getMessage());
      }
      if (expected.isPresent() && !nodeKey.publicKey().equals(expected.get().nodeKey())) {
        throw new StartupException(
            keyFile + " is not the node key the genesis names for " + expected.get().memberId());
      }
      TlsIdentity tls;
      try {
        tls = TlsIdentity.load(config.keysDir(), passphrase);
      } catch (IOException e) {
        String message = String.valueOf(e.getMessage());
        throw new StartupException(
            message.startsWith("wrong passphrase")
                ? "bad passphrase for the TLS key in " + config.keysDir()
                : "cannot load the TLS identity: " + message);
      }
      if (expected.isPresent()
          && !tls.certificateFingerprint().equals(expected.get().tlsFingerprint())) {
        throw new StartupException("the TLS certificate is not the one the genesis pins");
      }
      return new NodeIdentity(nodeKey, tls);
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }
}
