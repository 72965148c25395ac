package org.silkchain.node.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.DecodeException;

class SyncRequestTest {
  @Test
  void roundTripsAndRefusesHostileBytes() {
    Bytes encoded = SyncRequest.CODEC.encode(new SyncRequest(42));
    assertThat(encoded.slice(0, 2).toHex()).isEqualTo("0710");
    assertThat(SyncRequest.CODEC.decode(encoded)).isEqualTo(new SyncRequest(42));
    for (int cut = 0; cut < encoded.size(); cut++) {
      Bytes truncated = encoded.slice(0, cut);
      assertThatThrownBy(() -> SyncRequest.CODEC.decode(truncated))
          .isInstanceOf(DecodeException.class);
    }
    Bytes zero = new CanonicalWriter().header(SyncRequest.TYPE_TAG, 1).u63(0).toBytes();
    assertThatThrownBy(() -> SyncRequest.CODEC.decode(zero)).isInstanceOf(DecodeException.class);
    Bytes trailing = encoded.concat(Bytes.fromHex("00"));
    assertThatThrownBy(() -> SyncRequest.CODEC.decode(trailing))
        .isInstanceOf(DecodeException.class);
  }
}
