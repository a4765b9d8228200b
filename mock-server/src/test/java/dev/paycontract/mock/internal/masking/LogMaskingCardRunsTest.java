package dev.paycontract.mock.internal.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LogMasking#text} finds card-like digit runs by hand; it must agree with the documented
 * pattern.
 */
class LogMaskingCardRunsTest {

  /**
   * The rule as written in the README: 13+ digits, single spaces or dashes allowed between them.
   */
  private static final Pattern CARD_LIKE = Pattern.compile("(?<!\\d)\\d(?:[ -]?\\d){12,}");

  private static String byPattern(String text) {
    return CARD_LIKE.matcher(text).replaceAll(LogMasking.CARD);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "4111111111111111",
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "411111111111",
        "4111111111111",
        "card 4111111111111111 and 5500 0000 0000 0004.",
        "12  3456789012345",
        "1234567890123-",
        "-1234567890123 ",
        "6c9db5d4-d09a-4224-860a-b5438ac32ca8",
        "/v2/order/12345678901234567890/x",
        "1 2 3 4 5 6 7 8 9 0 1 2 3",
        "a1--2345678901234",
        "١٢٣٤٥٦٧٨٩٠١٢٣٤"
      })
  void text_examples_sameAsThePattern(String text) {
    assertThat(LogMasking.text(text)).isEqualTo(byPattern(text));
  }

  @Test
  void text_randomDigitSeparatorStrings_sameAsThePattern() {
    Random random = new Random(20261122L);
    String alphabet = "0123456789012345678901234567890123456789 -a/";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(60);
      for (int j = 0; j < length; j++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      assertThat(LogMasking.text(text)).as("text %s", text).isEqualTo(byPattern(text));
    }
  }
}
