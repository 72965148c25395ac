package org.silkchain.node.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's routes on a real JDK HTTP server, serving the test resources under console-test/.
 */
class ConsoleRoutesTest {
  private HttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
    new ConsoleRoutes("console-test/", getClass().getClassLoader()).register(server);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void servesTheIndexWithTypeAndSecurityHeaders() throws Exception {
    HttpResponse<String> r = get("/console/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("test console");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(get("/console/index.html").body()).isEqualTo(r.body());
  }

  @Test
  void servesBundlesAsImmutable() throws Exception {
    HttpResponse<String> r = get("/console/assets/index-abc123.js");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("console.log(\"bundle\");\n");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
    assertThat(r.headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=31536000, immutable");
  }

  @Test
  void unknownFilesAreJson404s() throws Exception {
    HttpResponse<String> r = get("/console/assets/missing.js");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(r.body()).isEqualTo("{\"code\":\"NOT_FOUND\",\"message\":\"no such console file\"}");
  }

  @Test
  void pathsLeavingTheConsoleAreRefusedBeforeAnyLookup() throws Exception {
    // Sent byte for byte (an HTTP client would normalise the dots away).
    for (String path :
        new String[] {
          "/console/../org/silkchain/node/console/ConsoleRoutes.class",
          "/console/assets/../../console-test/index.html",
          "/console/%2e%2e/console-test/index.html",
          "/console/..%2Fconsole-test%2Findex.html",
          "/console//etc/passwd"
        }) {
      String response = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertThat(response).as(path).startsWith("HTTP/1.1 404");
      assertThat(response).as(path).contains("\"code\":\"NOT_FOUND\"");
    }
  }

  @Test
  void onlyGetAndHeadAreAnswered() throws Exception {
    HttpResponse<String> post =
        client.send(
            HttpRequest.newBuilder(uri("/console/"))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.body()).contains("METHOD_NOT_ALLOWED");
    HttpResponse<String> head =
        client.send(
            HttpRequest.newBuilder(uri("/console/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void theBarePathRedirectsToTheConsole() throws Exception {
    HttpResponse<String> r = get("/console");
    assertThat(r.statusCode()).isEqualTo(308);
    assertThat(r.headers().firstValue("Location")).hasValue("/console/");
    assertThat(get("/consolexyz").statusCode()).isEqualTo(404);
  }

  @Test
  void aBuildWithoutTheConsoleSaysSo() throws Exception {
    server.stop(0);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
    new ConsoleRoutes("no-such-root/", getClass().getClassLoader()).register(server);
    server.start();
    HttpResponse<String> r = get("/console/");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("not in this build");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private String raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.getAddress().getPort())) {
      s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().flush();
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
