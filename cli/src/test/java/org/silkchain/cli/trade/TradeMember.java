package org.silkchain.cli.trade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.silkchain.cli.net.dsl.Account;
import org.silkchain.cli.net.dsl.LocalNetwork;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.crypto.keyfile.KeyFileCipher;
import org.silkchain.crypto.keyfile.KeyFileException;
import org.silkchain.crypto.keyfile.KeyFileStore;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.node.genesis.ConsortiumGenerator;
import org.silkchain.sdk.Member;

/**
 * A genesis member of the local network as its own back office holds it: the account that signs its
 * transactions, the SDK identity that signs its confidential reads, and the encryption key that
 * opens what is sealed to it, all opened from {@code members/<id>/} with the member's passphrase.
 */
record TradeMember(String name, Account account, Member reader, EncryptionKeyPair encryption) {
  static TradeMember open(LocalNetwork net, String id) {
    Path dir = net.home().memberDir(id);
    try {
      char[] passphrase =
          Files.readString(dir.resolve("passphrase"), StandardCharsets.UTF_8).strip().toCharArray();
      return new TradeMember(
          id,
          net.account(id),
          Member.open(dir.resolve("signing.key"), passphrase),
          KeyFileCipher.openEncryptionKey(
              KeyFileStore.read(dir.resolve(ConsortiumGenerator.ENCRYPTION_KEY_FILE)), passphrase));
    } catch (IOException | KeyFileException e) {
      throw new AssertionError("cannot open the keys of " + id + ": " + e, e);
    }
  }

  AccountId id() {
    return account.id();
  }

  @Override
  public String toString() {
    return name;
  }
}
