package org.silkchain.node.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsolePathTest {
  @Test
  void theBarePathIsTheIndexAndIsRevalidated() {
    ConsolePath index = ConsolePath.parse("").orElseThrow();
    assertThat(index.name()).isEqualTo("index.html");
    assertThat(index.isIndex()).isTrue();
    assertThat(index.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(index.cacheControl()).isEqualTo("no-cache");
  }

  @Test
  void hashedBundlesAreImmutable() {
    ConsolePath js = ConsolePath.parse("assets/index-CSVxLrz9.js").orElseThrow();
    assertThat(js.contentType()).isEqualTo("text/javascript; charset=utf-8");
    assertThat(js.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
    assertThat(ConsolePath.parse("assets/index-T71EU-3V.css").orElseThrow().contentType())
        .isEqualTo("text/css; charset=utf-8");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "..",
        "../pom.xml",
        "assets/../../org/silkchain/node/SilkchainNode.class",
        "%2e%2e/secret.txt",
        "..%2fsecret.txt",
        "/etc/passwd.txt",
        "assets//index.js",
        "assets/.hidden.js",
        "index.html/",
        "a\\b.js",
        "org/silkchain/node/SilkchainNode.class",
        "html",
        "assets/noextension",
        "index.html?x",
        "spaced name.js"
      })
  void refusesNamesThatCouldLeaveTheConsoleOrAreNoKnownType(String name) {
    assertThat(ConsolePath.parse(name)).as(name).isEmpty();
  }

  @Test
  void refusesOverlongNames() {
    assertThat(ConsolePath.parse("a".repeat(ConsolePath.MAX_LENGTH) + ".js")).isEmpty();
  }
}
