package dev.paycontract.contract.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcknowledgementTest {

  private final Acknowledgement acknowledgement = new Acknowledgement();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          exact line                          | - sezzle 2.0.0: breaking: order intent narrowed | true
          provider in any case                | - Sezzle spec 2.0.0 drops GET /v2/order          | true
          v-prefixed version                  | - sezzle v2.0.0: breaking                        | true
          version at sentence end             | - breaking sezzle change, now 2.0.0.             | true
          other provider                      | - ledyer 2.0.0: breaking                         | false
          provider only as part of a word     | - sezzlepay 2.0.0: breaking                      | false
          version only inside a longer one    | - sezzle 12.0.0: breaking                        | false
          version only as a prefix            | - sezzle 2.0.0.1: breaking                       | false
          version only before a pre-release   | - sezzle 2.0.0-curated.1: breaking               | false
          version in backticks                | - `sezzle` `2.0.0`: breaking                     | true
          """)
  void acknowledgement_unreleasedLine_mustNameProviderAndVersion(
      String name, String line, boolean expected) {
    String changelog =
        "# Changelog\n\n## [Unreleased]\n\n### Changed\n" + line + "\n\n## [0.1.0] - 2026-01-01\n";

    assertThat(acknowledgement.evaluate("sezzle", "1.4.0", "2.0.0", changelog).acknowledged())
        .as(name)
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "1.0.0, 1.9.0, false",
    "1.0.0, 1.0.0, false",
    "2.1.0, 1.0.0, false",
    "1.0.0, 2.0.0, true",
    "v1, v2, true",
    "0.3.0, 1.0.0, true",
    "2.0.0-curated.1, 3.0.0-curated.1, true",
    "2.0.0-curated.1, 2.1.0-curated.1, false",
    "draft, 3.0.0, false",
  })
  void acknowledgement_majorMustRise(String baseline, String current, boolean expected) {
    String changelog = "## [Unreleased]\n- sezzle " + current + ": breaking\n";

    assertThat(acknowledgement.evaluate("sezzle", baseline, current, changelog).acknowledged())
        .isEqualTo(expected);
  }
}
