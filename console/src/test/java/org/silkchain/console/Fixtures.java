package org.silkchain.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Checked-in fixtures the browser code's tests ({@code test/*.test.ts}) compare their bytes with:
 * {@code test/fixtures/<name>.json}, written by the real Java codecs. Each feature has its own file
 * and its own test class. After a deliberate format change, regenerate with {@code
 * -Dconsole.fixtures.write=true}.
 */
final class Fixtures {
  private Fixtures() {}

  /** Asserts that the checked-in {@code <name>.json} is exactly {@code fixture} (or writes it). */
  static void check(String name, Map<String, Object> fixture) throws Exception {
    String expected =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(fixture)
            + "\n";
    Path file = moduleDir().resolve(Path.of("test", "fixtures", name + ".json"));
    if (Boolean.getBoolean("console.fixtures.write")) {
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertThat(file).as("%s: write it with -Dconsole.fixtures.write=true", file).exists();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s is stale: rerun with -Dconsole.fixtures.write=true", file)
        .isEqualTo(expected);
  }

  private static Path moduleDir() {
    String basedir = System.getProperty("basedir");
    return (basedir != null ? Path.of(basedir) : Path.of("")).toAbsolutePath();
  }
}
