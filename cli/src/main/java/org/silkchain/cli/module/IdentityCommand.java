package org.silkchain.cli.module;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silkchain.cli.client.Failure;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.envelope.EncryptionPublicKey;
import org.silkchain.crypto.keyfile.KeyFile;
import org.silkchain.crypto.keyfile.KeyFileException;
import org.silkchain.crypto.keyfile.KeyFileStore;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Role;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.trade.identity.AccountTarget;
import org.silkchain.trade.identity.Customer;
import org.silkchain.trade.identity.IdentityModule;
import org.silkchain.trade.identity.Member;
import org.silkchain.trade.identity.OpenCustomer;
import org.silkchain.trade.identity.SetEncryptionKey;
import org.silkchain.trade.identity.SetKeys;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code silkchain identity ...}: accounts, members, customers, keys and freezing. */
@Command(
    name = "identity",
    mixinStandardHelpOptions = true,
    description = {
      "Identity: banks open customer accounts (KYC kept off chain, its hash on chain), an account"
          + " replaces its signing keys or publishes its encryption key, regulators freeze and"
          + " unfreeze accounts, a member delegates a session key (a browser sign-in) and revokes"
          + " it. Key recovery by guardians is available through the SDK.",
      "Exit 0 ok, 1 refused, 2 bad input, 3 node unreachable."
    },
    subcommands = {
      IdentityCommand.OpenCustomerCmd.class,
      IdentityCommand.SetKeysCmd.class,
      IdentityCommand.SetEncryptionKeyCmd.class,
      IdentityCommand.FreezeCmd.class,
      IdentityCommand.UnfreezeCmd.class,
      IdentityCommand.AccountCmd.class,
      IdentityCommand.MemberCmd.class,
      IdentityCommand.CustomerCmd.class,
      IdentityCommand.EncryptionKeyCmd.class,
      DelegationCommands.DelegateCmd.class,
      DelegationCommands.RevokeCmd.class,
      DelegationCommands.DelegationCmd.class,
      DelegationCommands.DelegationsCmd.class
    })
public final class IdentityCommand extends GroupCommand {
  private static final String M = IdentityModule.NAME;

  static List<PublicKey> keys(List<String> hex) throws Failure {
    List<PublicKey> keys = new ArrayList<>();
    for (String k : hex) {
      keys.add(Args.publicKey("--public-key", k));
    }
    return List.copyOf(keys);
  }

  @Command(
      name = "open-customer",
      mixinStandardHelpOptions = true,
      description = "Commercial bank: opens a customer account for the given keys.")
  static final class OpenCustomerCmd extends ModuleTx {
    @Option(
        names = "--public-key",
        required = true,
        description = "A signing key of the account in hex (repeatable).")
    List<String> keys;

    @Option(names = "--threshold", defaultValue = "1", description = "Signatures required.")
    int threshold;

    @Option(
        names = "--kyc-hash",
        required = true,
        description = "SHA-256 of the KYC record the bank keeps (hex).")
    String kycHash;

    @Option(names = "--jurisdiction", required = true, description = "ISO 3166 country.")
    String jurisdiction;

    @Override
    Payload payload() throws Failure {
      return payload(
          M,
          IdentityModule.OPEN_CUSTOMER,
          new OpenCustomer(keys(keys), threshold, Args.hash("--kyc-hash", kycHash), jurisdiction));
    }
  }

  @Command(
      name = "set-keys",
      mixinStandardHelpOptions = true,
      description = "Replaces the sender's signing keys and threshold (the account id stays).")
  static final class SetKeysCmd extends ModuleTx {
    @Option(names = "--public-key", required = true, description = "A new key (repeatable).")
    List<String> keys;

    @Option(names = "--threshold", defaultValue = "1", description = "Signatures required.")
    int threshold;

    @Override
    Payload payload() throws Failure {
      return payload(M, IdentityModule.SET_KEYS, new SetKeys(keys(keys), threshold));
    }
  }

  static final class EncryptionKeySource {
    @Option(
        names = "--encryption-key-file",
        required = true,
        description = "An encryption key file (its public part is read; no passphrase needed).")
    Path file;

    @Option(
        names = "--encryption-public-key",
        required = true,
        description = "The public encryption key in hex (32 bytes X25519 or 33 bytes SM2).")
    String hex;

    EncryptionPublicKey key() throws Failure {
      if (file != null) {
        try {
          KeyFile keyFile = KeyFileStore.read(file);
          return new EncryptionPublicKey(keyFile.suite(), keyFile.publicKey());
        } catch (IOException | KeyFileException | RuntimeException e) {
          throw new Failure(Failure.BAD_INPUT, "cannot read " + file + ": " + e.getMessage());
        }
      }
      Bytes bytes = Args.hex("--encryption-public-key", hex);
      for (SuiteId suite : SuiteId.values()) {
        if (EncryptionPublicKey.sizeOf(suite) == bytes.size()) {
          return new EncryptionPublicKey(suite, bytes);
        }
      }
      throw new Failure(
          Failure.BAD_INPUT, "--encryption-public-key has " + bytes.size() + " bytes");
    }
  }

  @Command(
      name = "set-encryption-key",
      mixinStandardHelpOptions = true,
      description = "Publishes the sender's encryption key, which others seal content to.")
  static final class SetEncryptionKeyCmd extends ModuleTx {
    @ArgGroup(exclusive = true, multiplicity = "1")
    EncryptionKeySource source;

    @Override
    Payload payload() throws Failure {
      return payload(M, IdentityModule.SET_ENCRYPTION_KEY, new SetEncryptionKey(source.key()));
    }
  }

  abstract static class TargetTx extends ModuleTx {
    @Option(names = "--account", required = true, description = "The account id (hex).")
    String account;

    AccountTarget target() throws Failure {
      return new AccountTarget(Args.account("--account", account));
    }
  }

  @Command(
      name = "freeze",
      mixinStandardHelpOptions = true,
      description = "Regulator: freezes an account (it can no longer send transactions).")
  static final class FreezeCmd extends TargetTx {
    @Override
    Payload payload() throws Failure {
      return payload(M, IdentityModule.FREEZE, target());
    }
  }

  @Command(
      name = "unfreeze",
      mixinStandardHelpOptions = true,
      description = "Regulator: unfreezes an account.")
  static final class UnfreezeCmd extends TargetTx {
    @Override
    Payload payload() throws Failure {
      return payload(M, IdentityModule.UNFREEZE, target());
    }
  }

  abstract static class TargetQuery extends ModuleQuery {
    @Option(names = "--account", required = true, description = "The account id (hex).")
    String account;

    AccountTarget target() throws Failure {
      return new AccountTarget(Args.account("--account", account));
    }
  }

  static List<String> roles(Iterable<Role> roles) {
    List<String> labels = new ArrayList<>();
    roles.forEach(r -> labels.add(r.label()));
    return labels;
  }

  @Command(
      name = "account",
      mixinStandardHelpOptions = true,
      description = "An account: nonce, signing keys, threshold, roles, frozen.")
  static final class AccountCmd extends TargetQuery {
    @Override
    void answer(SilkchainClient client) throws Failure {
      AccountRecord a = query(client, M, IdentityModule.ACCOUNT, target());
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("account", account);
      out.put("nonce", a.nonce());
      List<String> keys = new ArrayList<>();
      a.keys().forEach(k -> keys.add(k.suite().name() + ":" + k.bytes().toHex()));
      out.put("keys", keys);
      out.put("threshold", a.threshold());
      out.put("roles", roles(a.roles()));
      out.put("frozen", a.frozen());
      show(out);
    }
  }

  @Command(
      name = "member",
      mixinStandardHelpOptions = true,
      description = "A consortium member's registry entry by its account.")
  static final class MemberCmd extends TargetQuery {
    @Override
    void answer(SilkchainClient client) throws Failure {
      Member m = query(client, M, IdentityModule.MEMBER, target());
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", m.id());
      out.put("name", m.name());
      out.put("roles", roles(m.roles()));
      out.put("jurisdiction", m.jurisdiction());
      out.put("bic", m.bic().orElse(null));
      out.put("account", m.account().toString());
      show(out);
    }
  }

  @Command(
      name = "customer",
      mixinStandardHelpOptions = true,
      description = "A customer account: its bank, KYC hash, jurisdiction, when opened.")
  static final class CustomerCmd extends TargetQuery {
    @Override
    void answer(SilkchainClient client) throws Failure {
      Customer c = query(client, M, IdentityModule.CUSTOMER, target());
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("account", account);
      out.put("bank", c.bank().toString());
      out.put("kycHash", c.kycHash().toHex());
      out.put("jurisdiction", c.jurisdiction());
      out.put("openedAt", c.openedAtMillis());
      show(out);
    }
  }

  @Command(
      name = "encryption-key",
      mixinStandardHelpOptions = true,
      description = "An account's published encryption key.")
  static final class EncryptionKeyCmd extends TargetQuery {
    @Override
    void answer(SilkchainClient client) throws Failure {
      AccountId id = target().account();
      EncryptionPublicKey k =
          query(client, M, IdentityModule.ENCRYPTION_KEY, new AccountTarget(id));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("account", id.toString());
      out.put("suite", k.suite().name());
      out.put("publicKey", k.bytes().toHex());
      show(out);
    }
  }
}
