package dev.paycontract.mock.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemoteRefScannerTest {

  /** The text after the literal {@code $ref} (| stands for the key's end), and the target read. */
  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(
      delimiter = ';',
      emptyValue = "<empty>",
      nullValues = "<none>",
      value = {
        "|: './common.yaml#/components/schemas/A';./common.yaml",
        "|: common.yaml#/A;common.yaml",
        "|: '#/components/schemas/A';<empty>",
        "|\": \"https://example.invalid/a.json\"};https://example.invalid/a.json",
        "|\":\"other.json\",;other.json",
        "|  :   b.yaml   ;b.yaml",
        "|s are listed below;<none>",
        "| without a colon;<none>"
      })
  void refTarget_readsTheValueOfARefKey(String afterKey, String expected) {
    String text = "$ref" + afterKey.substring(1);
    String target = RemoteRefScanner.refTarget(text, "$ref".length());
    assertThat(target).isEqualTo("<empty>".equals(expected) ? "" : expected);
  }
}
