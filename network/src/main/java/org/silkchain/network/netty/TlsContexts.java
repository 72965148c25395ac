package org.silkchain.network.netty;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import javax.net.ssl.SSLException;
import org.silkchain.network.TlsIdentity;

/** The two TLS 1.3 contexts of a node: mutual authentication, pinned certificates, JDK provider. */
record TlsContexts(SslContext server, SslContext client) {
  static final String PROTOCOL = "TLSv1.3";

  static TlsContexts of(TlsIdentity identity, PinnedTrustManager trust) {
    try {
      SslContext server =
          SslContextBuilder.forServer(identity.keyManagerFactory())
              .sslProvider(SslProvider.JDK)
              .protocols(PROTOCOL)
              .clientAuth(ClientAuth.REQUIRE)
              .trustManager(trust)
              .build();
      SslContext client =
          SslContextBuilder.forClient()
              .sslProvider(SslProvider.JDK)
              .protocols(PROTOCOL)
              .keyManager(identity.keyManagerFactory())
              .trustManager(trust)
              // Pinning replaces host names: peers are dialed by address and may share one.
              .endpointIdentificationAlgorithm(null)
              .build();
      return new TlsContexts(server, client);
    } catch (SSLException e) {
      throw new IllegalStateException("cannot build TLS 1.3 contexts", e);
    }
  }
}
