package org.silkchain.cli.client;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.sdk.Proofs;
import org.silkchain.sdk.SilkchainClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code silkchain chain ...}: reads of the chain through a node's API. */
@Command(
    name = "chain",
    mixinStandardHelpOptions = true,
    description = "Reads the chain through a node's API (JSON as the API answers it).",
    subcommands = {
      ChainCommand.Status.class,
      ChainCommand.Block.class,
      ChainCommand.Transaction.class,
      ChainCommand.Proof.class,
      ChainCommand.Account.class,
      ChainCommand.State.class,
      ChainCommand.Validators.class,
      ChainCommand.Modules.class
    })
public final class ChainCommand {
  @Command(name = "status", mixinStandardHelpOptions = true, description = "The node and its tip.")
  static final class Status extends ClientCommand {
    @Override
    protected void run(SilkchainClient client) {
      print(client.status());
    }
  }

  @Command(name = "block", mixinStandardHelpOptions = true, description = "A committed block.")
  static final class Block extends ClientCommand {
    @Parameters(description = "The height.")
    long height;

    @Override
    protected void run(SilkchainClient client) {
      print(client.block(height));
    }
  }

  @Command(
      name = "transaction",
      mixinStandardHelpOptions = true,
      description = "A transaction's receipt or pending status.")
  static final class Transaction extends ClientCommand {
    @Parameters(description = "The transaction id (hex).")
    String id;

    @Override
    protected void run(SilkchainClient client) throws Failure {
      print(
          client
              .transaction(transactionId(id))
              .orElseThrow(() -> new Failure(Failure.REFUSED, "UNKNOWN_TRANSACTION: " + id)));
    }
  }

  @Command(
      name = "proof",
      mixinStandardHelpOptions = true,
      description = "A committed transaction's inclusion proof, verified against its block.")
  static final class Proof extends ClientCommand {
    @Parameters(description = "The transaction id (hex).")
    String id;

    @Override
    protected void run(SilkchainClient client) throws Failure {
      Proofs.Inclusion p = client.inclusionProof(transactionId(id));
      print(
          Map.of(
              "id", id, "height", p.height(), "leafIndex", p.proof().leafIndex(), "verified", true),
          id
              + " is transaction "
              + p.proof().leafIndex()
              + " of block "
              + p.height()
              + " (verified)");
    }
  }

  @Command(name = "account", mixinStandardHelpOptions = true, description = "An account.")
  static final class Account extends ClientCommand {
    @Parameters(description = "The account id (hex).")
    String id;

    @Override
    protected void run(SilkchainClient client) throws Failure {
      AccountId account;
      try {
        account = AccountId.fromHex(id);
      } catch (RuntimeException e) {
        throw new Failure(Failure.BAD_INPUT, "not an account id: " + id);
      }
      print(client.account(account));
    }
  }

  @Command(
      name = "state",
      mixinStandardHelpOptions = true,
      description =
          "A raw state entry with its proof, verified against its block's state root (needs a"
              + " member's key: the read is signed).")
  static final class State extends ClientCommand {
    @Parameters(description = "The state key in hex.")
    String key;

    @Option(names = "--height", description = "The block (default: the tip).")
    Long height;

    @Option(names = "--key", required = true, description = "The member's signing key file.")
    Path keyFile;

    @Option(
        names = "--passphrase-file",
        description = "Its passphrase (else env SILKCHAIN_PASSPHRASE).")
    Path passphraseFile;

    @Override
    protected void run(SilkchainClient client) throws Failure {
      Bytes bytes;
      try {
        bytes = Bytes.fromHex(key);
      } catch (RuntimeException e) {
        throw new Failure(Failure.BAD_INPUT, "the state key is not hex");
      }
      Proofs.StateEntry entry =
          client.stateEntry(bytes, Optional.ofNullable(height), member(keyFile, passphraseFile));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("height", entry.height());
      out.put("stateRoot", entry.stateRoot().toHex());
      out.put("key", key);
      out.put("value", entry.value().map(Bytes::toHex).orElse(null));
      out.put("verified", true);
      print(
          out,
          key
              + " = "
              + entry.value().map(Bytes::toHex).orElse("(absent)")
              + " at "
              + entry.height()
              + " (verified)");
    }
  }

  @Command(name = "validators", mixinStandardHelpOptions = true, description = "The validators.")
  static final class Validators extends ClientCommand {
    @Override
    protected void run(SilkchainClient client) {
      print(client.validators());
    }
  }

  @Command(
      name = "modules",
      mixinStandardHelpOptions = true,
      description = "The modules with their actions and queries.")
  static final class Modules extends ClientCommand {
    @Override
    protected void run(SilkchainClient client) {
      print(client.modules());
    }
  }

  static TransactionId transactionId(String hex) throws Failure {
    try {
      return new TransactionId(Hash.fromHex(hex));
    } catch (RuntimeException e) {
      throw new Failure(Failure.BAD_INPUT, "not a transaction id: " + hex);
    }
  }
}
