package dev.paycontract.mock.internal.body.dynamic;

import java.util.Random;
import java.util.regex.Pattern;
import net.datafaker.Faker;

/**
 * Strings that fit the plan: a format value, else a realistic value for the property name, else one
 * generated from the pattern, else lorem words cut to the length bounds. Draw order is part of the
 * output: a seed pins every string, so candidates are tried in this fixed order.
 */
final class StringValues {

  /** Pattern-generated candidates tried before falling back to words. */
  private static final int PATTERN_TRIES = 25;

  private StringValues() {}

  static String pick(SchemaPlan plan, String name, Random random, Faker faker) {
    String formatted = FormatValues.value(plan, random, faker);
    if (formatted != null && fits(plan, formatted)) {
      return formatted;
    }
    if (plan.format == null || formatted == null) {
      for (String hint : ValueHints.strings(name, faker, random)) {
        if (fits(plan, hint)) {
          return hint;
        }
      }
    }
    String last = null;
    if (!plan.patternSources.isEmpty()) {
      for (int i = 0; i < PATTERN_TRIES; i++) {
        try {
          last = faker.regexify(plan.patternSources.get(0));
        } catch (RuntimeException e) {
          break; // a construct the regex generator does not know: words below
        }
        if (fits(plan, last)) {
          return last;
        }
      }
    }
    String words = words(plan, random, faker);
    if (fits(plan, words) || last == null) {
      return words;
    }
    return last;
  }

  /**
   * Whether a string satisfies the plan's length, pattern and enum keywords (format is the
   * caller's).
   */
  static boolean fits(SchemaPlan plan, String value) {
    int length = value.codePointCount(0, value.length());
    if (plan.minLength != null && length < plan.minLength
        || plan.maxLength != null && length > plan.maxLength) {
      return false;
    }
    for (Pattern p : plan.patterns) {
      if (!p.matcher(value).find()) {
        return false;
      }
    }
    return true;
  }

  /** Lorem words fitted to minLength / maxLength. */
  private static String words(SchemaPlan plan, Random random, Faker faker) {
    int min = plan.minLength == null ? 0 : plan.minLength;
    int max = plan.maxLength == null ? Math.max(min, 40) : plan.maxLength;
    StringBuilder s = new StringBuilder(faker.lorem().word());
    while (s.length() < min) {
      s.append(' ').append(faker.lorem().word());
    }
    String out = s.length() > max ? s.substring(0, max) : s.toString();
    out = out.strip();
    while (out.length() < min) {
      out = out + (char) ('a' + random.nextInt(26));
    }
    return out;
  }
}
