package org.silkchain.cli.net.dsl;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Random;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.silkchain.network.TlsIdentity;

/**
 * A hostile client of a node's p2p port, from the test JVM. Each method returns how the node ended
 * the connection, or fails if the node kept it open for {@link #PATIENCE}.
 */
public final class Intruder {
  static final Duration PATIENCE = Duration.ofSeconds(15);

  private Intruder() {}

  /**
   * Sends {@code bytes} of seeded random junk (not TLS) and waits for the node to close. Returns
   * what ended the connection: "EOF" or the exception.
   */
  public static String sendGarbage(int port, int bytes, long seed) throws IOException {
    byte[] junk = new byte[bytes];
    new Random(seed).nextBytes(junk);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout((int) PATIENCE.toMillis());
      try {
        socket.getOutputStream().write(junk);
        socket.getOutputStream().flush();
      } catch (IOException e) {
        return "write failed: " + e; // the node hung up while we were still writing
      }
      return awaitClose(socket.getInputStream());
    }
  }

  /**
   * Completes a TLS 1.3 client handshake with a fresh, self-signed certificate that no genesis pins
   * (trusting whatever the node presents), then waits for the node to drop the connection.
   */
  public static String connectWithUnknownCertificate(int port) throws IOException {
    TlsIdentity stranger = TlsIdentity.generate("intruder", new SecureRandom());
    SSLContext context;
    try {
      context = SSLContext.getInstance("TLSv1.3");
      context.init(
          stranger.keyManagerFactory().getKeyManagers(),
          new TrustManager[] {new TrustEverything()},
          new SecureRandom());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    try (SSLSocket socket =
        (SSLSocket)
            context.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout((int) PATIENCE.toMillis());
      try {
        socket.startHandshake();
        // TLS 1.3: the server checks our certificate after our Finished; its refusal comes next.
        socket.getOutputStream().write(new byte[64]);
        socket.getOutputStream().flush();
      } catch (IOException e) {
        return "handshake failed: " + e;
      }
      return awaitClose(socket.getInputStream());
    }
  }

  private static String awaitClose(InputStream in) throws IOException {
    byte[] buf = new byte[4096];
    try {
      while (true) {
        if (in.read(buf) < 0) {
          return "EOF";
        }
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the node kept the connection open for " + PATIENCE, e);
    } catch (IOException e) {
      return "closed: " + e;
    }
  }

  private static final class TrustEverything implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
