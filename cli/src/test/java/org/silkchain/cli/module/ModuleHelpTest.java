package org.silkchain.cli.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.silkchain.cli.Main;
import picocli.CommandLine;

/** Every module command and subcommand renders its --help. */
class ModuleHelpTest {
  private static final List<String> MODULES =
      List.of(
          "currency",
          "governance",
          "payments",
          "identity",
          "basket",
          "ebl",
          "lc",
          "documents",
          "messages");

  @Test
  void everyModuleCommandExplainsItself() {
    CommandLine root = Main.commandLine();
    List<List<String>> paths = new ArrayList<>();
    for (String module : MODULES) {
      collect(List.of(module), root.getSubcommands().get(module), paths);
    }
    assertThat(paths).hasSizeGreaterThan(MODULES.size() * 2);
    for (List<String> path : paths) {
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      StringWriter out = new StringWriter();
      CommandLine cli = Main.commandLine();
      cli.setOut(new PrintWriter(out));
      cli.setErr(new PrintWriter(new StringWriter()));
      int code = cli.execute(args.toArray(String[]::new));
      assertThat(code).as(String.join(" ", path)).isZero();
      assertThat(out.toString())
          .as(String.join(" ", path))
          .startsWith("Usage: silkchain " + String.join(" ", path))
          .contains("--help");
    }
  }

  private static void collect(List<String> path, CommandLine cmd, List<List<String>> into) {
    into.add(path);
    for (Map.Entry<String, CommandLine> sub : cmd.getSubcommands().entrySet()) {
      List<String> next = new ArrayList<>(path);
      next.add(sub.getKey());
      collect(next, sub.getValue(), into);
    }
  }
}
