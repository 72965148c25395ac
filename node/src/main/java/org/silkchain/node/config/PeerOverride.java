package org.silkchain.node.config;

/**
 * Where to dial a peer instead of the address in the genesis ({@code p2p.peers} in node.yaml), for
 * example through a fault-injecting proxy in tests.
 */
public record PeerOverride(String member, String host, int port) {}
