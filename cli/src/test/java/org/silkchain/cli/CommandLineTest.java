package org.silkchain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineTest {
  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpListsTheCommands() {
    Run run = run("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("demo", "sim", "test");
  }

  @Test
  void everyHelpTextIsAValidFormatString() {
    // picocli renders descriptions with String.format; a stray '%' prints a warning and raw text.
    java.util.ArrayDeque<CommandLine> pending = new java.util.ArrayDeque<>();
    pending.add(Main.commandLine());
    while (!pending.isEmpty()) {
      CommandLine cli = pending.pop();
      pending.addAll(cli.getSubcommands().values());
      java.util.List<String> texts =
          new java.util.ArrayList<>(
              java.util.List.of(cli.getCommandSpec().usageMessage().description()));
      cli.getCommandSpec().options().forEach(o -> texts.addAll(java.util.List.of(o.description())));
      for (String text : texts) {
        assertThatCode(() -> String.format(text))
            .as("%s: %s", cli.getCommandName(), text)
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void unknownCommandFailsWithAReason() {
    Run run = run("frobnicate");
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("Unmatched argument");
  }

  @Test
  void simRunsSeedsAndPrintsOneLinePerConfiguration() {
    Run run = run("sim", "--seeds", "3", "--validators", "4,7");
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out().lines().filter(l -> l.startsWith("n=")))
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("seeds=3", "violations=0"));
  }

  @Test
  void simRejectsMoreByzantineThanValidators() {
    Run run = run("sim", "--seeds", "1", "--validators", "4", "--byzantine", "5");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("byzantine");
  }

  @Test
  void simRequiresItsOptions() {
    Run run = run("sim", "--validators", "4");
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("--seeds");
  }
}
