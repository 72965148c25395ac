package org.silkchain.network.netty;

import org.silkchain.network.PeerId;

/** The peer an outbound connection was dialed for, told when the link comes up. */
interface DialTarget {
  PeerId id();

  /** The link passed the hello: the dialer's backoff starts over. */
  void onLinkUp();
}
