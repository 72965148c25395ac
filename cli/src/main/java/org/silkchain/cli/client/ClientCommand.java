package org.silkchain.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.silkchain.crypto.keyfile.KeyFileException;
import org.silkchain.sdk.ApiError;
import org.silkchain.sdk.Member;
import org.silkchain.sdk.SilkchainClient;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the commands that talk to a node share: {@code --api}, {@code --json}, the member key
 * options, output, and the mapping of failures to an exit code with a one-line reason on stderr.
 */
public abstract class ClientCommand implements Callable<Integer> {
  static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(
      names = "--api",
      defaultValue = "${env:SILKCHAIN_API:-http://127.0.0.1:28601}",
      description = "The node's API (env SILKCHAIN_API; default ${DEFAULT-VALUE}).")
  URI api;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Override
  public final Integer call() {
    try {
      run(SilkchainClient.connect(api));
      return 0;
    } catch (Failure f) {
      spec.commandLine().getErr().println("error: " + f.getMessage());
      return f.exitCode();
    } catch (ApiError e) {
      spec.commandLine().getErr().println("error: " + oneLine(e.getMessage()));
      return e.status() == 0 ? Failure.UNREACHABLE : Failure.REFUSED;
    }
  }

  protected abstract void run(SilkchainClient client) throws Failure;

  protected PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Prints {@code value} as JSON with --json, else {@code text}. */
  protected void print(Object value, String text) {
    if (json) {
      try {
        out().println(JSON.writeValueAsString(value));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    } else {
      out().println(text);
    }
    out().flush();
  }

  protected void print(JsonNode value) {
    print(value, value.toPrettyString());
  }

  protected static String oneLine(String text) {
    return text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
  }

  /** Opens a member's signing key file with the passphrase from a file or the environment. */
  protected static Member member(Path keyFile, Path passphraseFile) throws Failure {
    char[] passphrase = Passphrases.read(passphraseFile, "SILKCHAIN_PASSPHRASE");
    try {
      return Member.open(keyFile, passphrase);
    } catch (IOException e) {
      throw new Failure(Failure.BAD_INPUT, "cannot read " + keyFile + ": " + e.getMessage());
    } catch (KeyFileException e) {
      throw new Failure(Failure.REFUSED, keyFile + ": " + e.getMessage());
    }
  }
}
