package dev.paycontract.mock.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JavaScript's unicode-mode verdicts, as Node.js 20 gives them for {@code new RegExp(p, "u")};
 * PrismCompileGapsConformanceTest asks Node.js itself about these and every pattern of the specs.
 */
class JsPatternSyntaxTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "^[a-z]+$",
        "^\\+?[1-9]\\d{1,14}$",
        "[\\w-]",
        "[\\-]",
        "\\p{L}+\\p{Alpha}\\p{Script=Latin}",
        "(?<year>\\d{4})-\\k<year>",
        "\\1(a)",
        "^\\/path$",
        "\\u{1F600}\\u00e9\\x0A\\cA\\0",
        "(?<=a)b(?!c)",
        "x{2,}?"
      })
  void refusal_patternJavaScriptAccepts_isEmpty(String pattern) {
    assertThat(JsPatternSyntax.refusal(pattern)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(?i)abc",
        "\\!",
        "\\x0",
        "\\d{2,1}",
        "[a-\\d]",
        "\\p{IsAlphabetic}",
        "\\k<x>",
        "a{",
        "a}",
        "]",
        "\\-",
        "(?=a)*",
        "a++",
        "(?>a)",
        "\\Z",
        "\\2(a)",
        "[[:alpha:]]",
        "\\c1",
        "(?P<n>a)",
        "(?<n>a)(?<n>b)",
        "(",
        "\\u{110000}"
      })
  void refusal_patternJavaScriptRefuses_saysWhy(String pattern) {
    assertThat(JsPatternSyntax.refusal(pattern)).isPresent();
  }
}
