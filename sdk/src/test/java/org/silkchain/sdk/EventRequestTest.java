package org.silkchain.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventRequestTest {
  @Test
  void buildsTheStreamsQueryString() {
    assertThat(EventRequest.live().query(Optional.empty())).isEmpty();
    EventRequest r =
        EventRequest.fromHeight(5).only("block", "event").ofModule("cur rency").ofType("minted");
    assertThat(r.query(Optional.empty()))
        .isEqualTo("?from=5&kinds=block,event&module=cur+rency&type=minted");
  }

  @Test
  void aResumePointOverridesTheStart() {
    assertThat(EventRequest.fromHeight(5).query(Optional.of(9L))).isEqualTo("?from=9");
  }
}
