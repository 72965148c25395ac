package org.silkchain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashDomainsTest {
  @Test
  void everyDomainTagIsDistinct() throws IllegalAccessException {
    List<Byte> tags = new ArrayList<>();
    for (Field f : HashDomains.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == byte.class) {
        tags.add(f.getByte(null));
      }
    }
    assertThat(tags).hasSize(5).doesNotHaveDuplicates();
    assertThat(HashDomains.MERKLE_LEAF).isEqualTo((byte) 0x00);
    assertThat(HashDomains.MERKLE_NODE).isEqualTo((byte) 0x01);
  }
}
