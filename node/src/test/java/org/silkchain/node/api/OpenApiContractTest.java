package org.silkchain.node.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The contract checker itself refuses what the document does not allow. */
class OpenApiContractTest {
  private final OpenApiContract contract = new OpenApiContract();

  @Test
  void refusesBodiesOutsideTheSchema() {
    String error =
        "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"m\"},\"code\":\"NOT_FOUND\",\"message\":\"m\"}";
    assertThatCode(() -> contract.checkSchema("Error", error)).doesNotThrowAnyException();
    assertThatThrownBy(() -> contract.checkSchema("Error", "{\"code\":\"X\",\"message\":\"m\"}"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> contract.checkSchema("Liveness", "{\"status\":\"ok\",\"extra\":1}"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(
            () -> contract.checkSchema("Pending", "{\"id\":\"zz\",\"status\":\"pending\"}"))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void refusesUndocumentedStatusesAndContentTypes() {
    assertThatThrownBy(() -> contract.check("GET", "/liveness", 500, "application/json", "{}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("undocumented status");
    assertThatThrownBy(() -> contract.check("GET", "/liveness", 200, "text/plain", "ok"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> contract.check("PUT", "/liveness", 200, "application/json", "{}"))
        .isInstanceOf(AssertionError.class);
    assertThatCode(
            () ->
                contract.check("GET", "/liveness", 200, "application/json", "{\"status\":\"ok\"}"))
        .doesNotThrowAnyException();
  }
}
