package dev.paycontract.mock.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeviationsTest {

  private static Deviations load(String yaml) {
    return Deviations.load(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "deviations.yaml");
  }

  @Test
  void load_mapsCaseToAspectToReason_andCollectsCitedRows() {
    Deviations deviations = load("c1:\n  Status: \"[D1] hangs\"\n  body: \"[D3] and [D4]\"\n");
    assertThat(deviations.forCase("c1")).containsEntry("status", "[D1] hangs").containsKey("body");
    assertThat(deviations.forCase("other")).isEmpty();
    assertThat(deviations.citedRows()).containsExactly("D1", "D3", "D4");
  }

  @Test
  void load_reasonWithoutRow_failsNamingCaseAndAspect() {
    assertThatThrownBy(() -> load("c1:\n  status: because\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("c1.status")
        .hasMessageContaining("[D<n>]");
  }
}
