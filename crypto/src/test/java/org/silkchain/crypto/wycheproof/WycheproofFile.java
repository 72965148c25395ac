package org.silkchain.crypto.wycheproof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.silkchain.codec.Bytes;

/**
 * One Project Wycheproof vector file from the test resources (copied from the upstream repository
 * with its LICENSE, Apache 2.0). Flattens the test groups into cases, each with its group, and
 * checks that the flattened count equals the file's own {@code numberOfTests}, so a parsing mistake
 * cannot make a test pass on fewer cases.
 */
record WycheproofFile(String name, JsonNode root, List<Case> cases) {

  /** One test case with the group it belongs to. */
  record Case(JsonNode group, JsonNode test) {
    int id() {
      return test.get("tcId").asInt();
    }

    String result() {
      return test.get("result").asText();
    }

    Bytes hex(String field) {
      return Bytes.fromHex(test.get(field).asText());
    }

    boolean hasFlag(String flag) {
      for (JsonNode f : test.get("flags")) {
        if (f.asText().equals(flag)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return "tcId " + id() + " (" + result() + ", " + test.get("comment").asText() + ")";
    }
  }

  static WycheproofFile load(String name) {
    try (InputStream in = WycheproofFile.class.getResourceAsStream("/wycheproof/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /wycheproof/" + name);
      }
      JsonNode root = new ObjectMapper().readTree(in);
      List<Case> cases = new ArrayList<>();
      for (JsonNode group : root.get("testGroups")) {
        for (JsonNode test : group.get("tests")) {
          cases.add(new Case(group, test));
        }
      }
      int declared = root.get("numberOfTests").asInt();
      if (declared != cases.size() || declared == 0) {
        throw new IllegalStateException(
            name + " declares " + declared + " tests but " + cases.size() + " were parsed");
      }
      return new WycheproofFile(name, root, List.copyOf(cases));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int numberOfTests() {
    return root.get("numberOfTests").asInt();
  }
}
