package dev.paycontract.mock.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.api.Violation;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsHeaderTest {

  private static Violation violation(String code, String message) {
    return new Violation(
        List.of("request", "body", "amount"), Violation.Severity.Error, code, message);
  }

  @Test
  void value_isPrismShapedJson_withNumericStatusCodes() {
    assertThat(ViolationsHeader.value(List.of(violation("401", "Invalid security scheme used"))))
        .isEqualTo(
            "[{\"location\":[\"request\",\"body\",\"amount\"],\"severity\":\"Error\",\"code\":401,\"message\":\"Invalid"
                + " security scheme used\"}]");
  }

  @Test
  void value_emptyCode_leavesKeyOut() {
    assertThat(ViolationsHeader.value(List.of(violation("", "m")))).doesNotContain("code");
  }

  @Test
  void value_nonAscii_isEscaped() {
    assertThat(ViolationsHeader.value(List.of(violation("enum", "müssen"))))
        .contains("m\\u00FCssen");
  }

  @Test
  void value_over8KB_isCutAndPrefixed() {
    String value =
        ViolationsHeader.value(Collections.nCopies(200, violation("minimum", "must be >= 1")));
    assertThat(value).startsWith("Too many violations! [");
    assertThat(value).hasSize("Too many violations! ".length() + ViolationsHeader.LIMIT);
  }
}
