package org.silkchain.node.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.node.SilkchainNode;
import org.silkchain.node.TestConsortium;

/**
 * Bad input for every route, on a real node: each refusal has the documented status, the Error
 * schema, a stable code and (where one is at fault) the field. The last test checks that every
 * documented operation was refused at least once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiBadInputTest {
  private static final String TX = "/api/v1/transactions";
  private SilkchainNode node;
  private final OpenApiContract contract = new OpenApiContract();
  private final Set<String> refused = new TreeSet<>();
  private ContractClient api;

  @BeforeAll
  void startNode(@TempDir Path dir) throws Exception {
    TestConsortium net = TestConsortium.create(dir, 1);
    node = SilkchainNode.start(net.configs.get(0));
    api = new ContractClient(contract, node.apiPort());
    await().atMost(Duration.ofSeconds(20)).until(() -> node.chain().tip().height() >= 1);
  }

  @AfterAll
  void stopNode() {
    if (node != null) {
      node.close();
    }
  }

  private void expect(ContractClient.Reply r, int status, String code, String field) {
    assertThat(r.status()).as(r.text()).isEqualTo(status);
    assertThat(r.code()).as(r.text()).isEqualTo(code);
    assertThat(r.body().get("code").asText()).isEqualTo(code); // first-version clients read this
    if (field != null) {
      assertThat(r.field()).as(r.text()).isEqualTo(field);
    }
    assertThat(r.text()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private void get(String template, String path, int status, String code, String field)
      throws Exception {
    expect(api.get(template, path), status, code, field);
    refused.add("GET " + template);
  }

  private void post(String body, int status, String code, String field) throws Exception {
    expect(api.post(TX, TX, body), status, code, field);
    refused.add("POST " + TX);
  }

  /** A wrong method on a route that takes no input. */
  private void wrongMethod(String path) throws Exception {
    ContractClient.Reply r = api.raw("DELETE", path);
    expect(r, 405, "METHOD_NOT_ALLOWED", null);
    assertThat(r.response().headers().firstValue("Allow")).hasValue("GET");
    refused.add("GET " + path);
  }

  @Test
  void unknownPathsAndMethods() throws Exception {
    expect(api.raw("GET", "/api/v1/nothing"), 404, "NOT_FOUND", null);
    expect(api.raw("GET", "/api/v2/status"), 404, "NOT_FOUND", null);
    expect(api.raw("PUT", TX), 405, "METHOD_NOT_ALLOWED", null);
    for (String path :
        new String[] {"/liveness", "/readiness", "/metrics", "/openapi.json", "/api/reference"}) {
      wrongMethod(path);
    }
  }

  @Test
  void status() throws Exception {
    get("/api/v1/status", "/api/v1/status?verbose=1", 400, "UNKNOWN_FIELD", "verbose");
    get("/api/v1/peers", "/api/v1/peers?validators=1", 400, "UNKNOWN_FIELD", "validators");
  }

  @Test
  void blocks() throws Exception {
    String t = "/api/v1/blocks/{height}";
    get(t, "/api/v1/blocks/abc", 400, "MALFORMED", "height");
    get(t, "/api/v1/blocks/-1", 400, "MALFORMED", "height");
    get(t, "/api/v1/blocks/99999999999999999999", 400, "MALFORMED", "height");
    get(t, "/api/v1/blocks/99999999", 404, "UNKNOWN_BLOCK", null);
    String c = "/api/v1/blocks/{height}/certificate";
    get(c, "/api/v1/blocks/x/certificate", 400, "MALFORMED", "height");
    get(c, "/api/v1/blocks/99999999/certificate", 404, "UNKNOWN_BLOCK", null);
    get(c, "/api/v1/blocks/0/certificate", 404, "NO_CERTIFICATE", null);
  }

  @Test
  void submit() throws Exception {
    post("nonsense", 400, "MALFORMED", null);
    post("", 400, "MALFORMED", null);
    post("[]", 400, "MALFORMED", null);
    post("null", 400, "MALFORMED", null);
    post("{}", 400, "MISSING_FIELD", "transaction");
    post("{\"transaction\": 12}", 400, "WRONG_TYPE", "transaction");
    post("{\"transaction\": null}", 400, "MISSING_FIELD", "transaction");
    post("{\"transaction\": \"00\", \"extra\": 1}", 400, "UNKNOWN_FIELD", "extra");
    post("{\"transaction\": \"00\", \"wait\": \"yes\"}", 400, "WRONG_TYPE", "wait");
    post("{\"transaction\": \"00\", \"wait\": 1}", 400, "WRONG_TYPE", "wait");
    post("{\"transaction\": \"00\", \"timeoutMillis\": \"5\"}", 400, "WRONG_TYPE", "timeoutMillis");
    post("{\"transaction\": \"00\", \"timeoutMillis\": 1.5}", 400, "WRONG_TYPE", "timeoutMillis");
    post("{\"transaction\": \"00\", \"timeoutMillis\": 999999}", 400, "MALFORMED", "timeoutMillis");
    post(
        "{\"transaction\": \"00\", \"transaction\": \"00\"}",
        400,
        "DUPLICATE_FIELD",
        "transaction");
    post("{\"transaction\": \"00\"} {}", 400, "MALFORMED", null);
    post("{\"transaction\": \"zz\"}", 400, "MALFORMED", "transaction");
    post("{\"transaction\": \"00ff\"}", 400, "MALFORMED", null);
    String huge = "{\"transaction\": \"" + "0".repeat(NodeApi.MAX_BODY_BYTES) + "\"}";
    post(huge, 413, "TOO_LARGE", null);
    post("{\"transaction\": \"00\"}".replace("{", "{\"x\":{\"y\":1},"), 400, "UNKNOWN_FIELD", "x");
  }

  @Test
  void transactions() throws Exception {
    String t = "/api/v1/transactions/{id}";
    get(t, "/api/v1/transactions/zz", 400, "MALFORMED", "id");
    get(t, "/api/v1/transactions/" + "00".repeat(31), 400, "MALFORMED", "id");
    get(t, "/api/v1/transactions/" + "00".repeat(32), 404, "UNKNOWN_TRANSACTION", null);
    get(t, "/api/v1/transactions/" + "00".repeat(32) + "?x=1", 400, "UNKNOWN_FIELD", "x");
    String p = "/api/v1/transactions/{id}/proof";
    get(p, "/api/v1/transactions/zz/proof", 400, "MALFORMED", "id");
    get(p, "/api/v1/transactions/" + "00".repeat(32) + "/proof", 404, "UNKNOWN_TRANSACTION", null);
  }

  @Test
  void accountsValidatorsModules() throws Exception {
    String t = "/api/v1/accounts/{id}";
    get(t, "/api/v1/accounts/xyz", 400, "MALFORMED", "id");
    get(t, "/api/v1/accounts/" + "11".repeat(32), 404, "UNKNOWN_ACCOUNT", null);
    get("/api/v1/validators", "/api/v1/validators?height=1", 400, "UNKNOWN_FIELD", "height");
    get("/api/v1/modules", "/api/v1/modules?all=1", 400, "UNKNOWN_FIELD", "all");
  }

  @Test
  void queries() throws Exception {
    String t = "/api/v1/query/{module}/{name}";
    get(t, "/api/v1/query/currency/balance?request=zz", 400, "MALFORMED", "request");
    get(t, "/api/v1/query/currency/balance?request=00", 400, "MALFORMED", "request");
    get(t, "/api/v1/query/currency/nothing", 400, "UNKNOWN_QUERY", null);
    get(t, "/api/v1/query/nothing/balance", 400, "UNKNOWN_QUERY", null);
    get(t, "/api/v1/query/currency/balance?req=00", 400, "UNKNOWN_FIELD", "req");
    get(t, "/api/v1/query/basket/composition?format=xml", 400, "MALFORMED", "format");
    get(
        t,
        "/api/v1/query/currency/balance?request=" + "00".repeat(5000),
        400,
        "TOO_LARGE",
        "request");
  }

  @Test
  void signedTransactions() throws Exception {
    String t = "/api/v1/transactions/{id}/signed";
    get(t, "/api/v1/transactions/zz/signed", 400, "MALFORMED", "id");
    get(t, "/api/v1/transactions/" + "00".repeat(32) + "/signed?x=1", 400, "UNKNOWN_FIELD", "x");
    get(t, "/api/v1/transactions/" + "00".repeat(32) + "/signed", 401, "UNAUTHENTICATED", null);
  }

  @Test
  void stateProofs() throws Exception {
    String t = "/api/v1/state/proof";
    get(t, t, 400, "MISSING_FIELD", "key");
    get(t, t + "?key=zz", 400, "MALFORMED", "key");
    get(t, t + "?key=", 400, "MALFORMED", "key");
    get(t, t + "?key=00&height=x", 400, "MALFORMED", "height");
    get(t, t + "?key=00&height=99999999", 404, "UNKNOWN_BLOCK", null);
    get(t, t + "?key=00&other=1", 400, "UNKNOWN_FIELD", "other");
    get(t, t + "?key=" + "00".repeat(2000), 400, "TOO_LARGE", "key");
    get(t, t + "?key=00", 401, "UNAUTHENTICATED", RequestAuth.ACCOUNT);
  }

  @Test
  void events() throws Exception {
    String t = "/api/v1/events";
    get(t, t + "?from=x", 400, "MALFORMED", "from");
    get(t, t + "?from=-3", 400, "MALFORMED", "from");
    get(t, t + "?kinds=blocks", 400, "MALFORMED", "kinds");
    get(t, t + "?topic=x", 400, "UNKNOWN_FIELD", "topic");
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void everyDocumentedOperationWasRefusedSomehow() {
    assertThat(refused).containsAll(contract.operations());
  }
}
