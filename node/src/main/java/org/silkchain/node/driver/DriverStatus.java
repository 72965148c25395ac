package org.silkchain.node.driver;

/**
 * A snapshot of the driver for status endpoints and logs.
 *
 * @param height the height being decided (last committed + 1)
 * @param highestPeerHeight the highest height seen in a message from a peer
 * @param droppedInbound network messages dropped because the inbound queue was full
 */
public record DriverStatus(
    long height, int round, long highestPeerHeight, long droppedInbound, boolean running) {}
