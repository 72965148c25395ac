package org.silkchain.iso20022.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled schemas are the official files, unmodified (hashes as listed in their README). */
class BundledSchemasTest {
  private static final Map<MessageType, String> SHA_256 =
      Map.of(
          MessageType.PACS_008_001_09,
          "96f0ea8fbbc9e90bfae7eecb9a8ca75abc1d7cf0f267daeede97fd1260c0d65b",
          MessageType.PACS_002_001_11,
          "4d84ae6428b776644c0755f26d99980b4e0dcb63053e06ef43f8db13328d783b",
          MessageType.CAMT_053_001_08,
          "ca0b135cc8e2dde5b2f99af6b6c514a8f29d6e7c6cf98e9ea84d247189868ff5");

  @Test
  void everyMessageTypeHasItsOfficialSchema() throws Exception {
    for (MessageType type : MessageType.values()) {
      try (InputStream in = SchemaValidator.class.getResourceAsStream(type.schemaResource())) {
        assertThat(in).as(type.schemaResource()).isNotNull();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
        assertThat(HexFormat.of().formatHex(digest))
            .as(type.identifier())
            .isEqualTo(SHA_256.get(type));
      }
    }
  }

  @Test
  void schemasCompileAndTargetTheMessageNamespace() throws Exception {
    for (MessageType type : MessageType.values()) {
      assertThat(SchemaValidator.schema(type)).isNotNull();
      try (InputStream in = SchemaValidator.class.getResourceAsStream(type.schemaResource())) {
        String xsd = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xsd).contains("targetNamespace=\"" + type.namespace() + "\"");
      }
    }
  }
}
