package dev.paycontract.mock.internal.body.sample;

import dev.paycontract.mock.internal.body.dynamic.Jsf32;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Prism's fixed samples for strings (by format and length) and numbers (by bounds), section 6.2.
 */
final class PrimitiveSamples {

  private static final Map<String, String> FORMATS =
      Map.ofEntries(
          Map.entry("date-time", "2019-08-24T14:15:22Z"),
          Map.entry("date", "2019-08-24"),
          Map.entry("time", "14:15:22Z"),
          Map.entry("email", "user@example.com"),
          Map.entry("idn-email", "пошта@укр.нет"),
          Map.entry("uri", "http://example.com"),
          Map.entry("iri", "http://example.com/entity/1"),
          Map.entry("uri-reference", "../dictionary"),
          Map.entry("iri-reference", "/entity/1"),
          Map.entry("uri-template", "http://example.com/{endpoint}"),
          Map.entry("hostname", "example.com"),
          Map.entry("idn-hostname", "приклад.укр"),
          Map.entry("ipv4", "192.168.0.1"),
          Map.entry("ipv6", "2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
          Map.entry("json-pointer", "/json/pointer"),
          Map.entry("relative-json-pointer", "1/relative/json/pointer"),
          Map.entry("regex", "/regex/"));

  /** The lowest value of each numeric format, as JavaScript numbers print them. */
  private static final Map<String, BigDecimal> FORMAT_MINIMUMS =
      Map.of(
          "int32", BigDecimal.valueOf(Integer.MIN_VALUE),
          "int64", BigDecimal.valueOf(-(1L << 53) + 1), // Number.MIN_SAFE_INTEGER
          "float", BigDecimal.valueOf(-Math.pow(2, 128)),
          "double", BigDecimal.valueOf(-Double.MAX_VALUE));

  private PrimitiveSamples() {}

  @SuppressWarnings("rawtypes")
  static String string(Schema schema, String propertyName) {
    String format = schema.getFormat() == null ? "" : schema.getFormat();
    int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
    return switch (format) {
      case "uuid" -> Jsf32.uuid(propertyName == null ? "id" : propertyName);
      case "password" -> password(min);
      default -> {
        String fixed = FORMATS.get(format);
        if (fixed != null) {
          yield fixed;
        }
        String s = ensureMinLength("string", min);
        Integer max = schema.getMaxLength();
        yield max != null && max > 0 && s.length() > max ? s.substring(0, max) : s;
      }
    };
  }

  private static String password(int min) {
    String s = "pa$$word";
    if (min > s.length()) {
      s += "_";
      s += ensureMinLength("qwerty!@#$%^123456", min - s.length()).substring(0, min - s.length());
    }
    return s;
  }

  private static String ensureMinLength(String sample, int min) {
    if (min > sample.length()) {
      return sample.repeat(min / sample.length() + 1).substring(0, min);
    }
    return sample;
  }

  /**
   * Prism widens {@code int32}, {@code int64}, {@code float} and {@code double} schemas to the
   * format's range before sampling, so their sample is the larger of {@code minimum} and the
   * format's lowest value (docs/prism-compatibility.md, "Sampled numbers"); without a known format:
   * {@code minimum}, else {@code exclusiveMinimum + 1}, else {@code exclusiveMaximum - 1}, else
   * {@code maximum}, else 0; OpenAPI 3.0's boolean exclusive flags shift the bound by one.
   */
  @SuppressWarnings("rawtypes")
  static BigDecimal number(Schema schema) {
    BigDecimal formatMin =
        FORMAT_MINIMUMS.get(schema.getFormat() == null ? "" : schema.getFormat());
    if (formatMin != null) {
      return schema.getMinimum() == null ? formatMin : schema.getMinimum().max(formatMin);
    }
    BigDecimal min = schema.getMinimum();
    BigDecimal max = schema.getMaximum();
    if (min != null) {
      return Boolean.TRUE.equals(schema.getExclusiveMinimum())
          ? floor(min).add(BigDecimal.ONE)
          : min;
    }
    if (schema.getExclusiveMinimumValue() != null) {
      return floor(schema.getExclusiveMinimumValue()).add(BigDecimal.ONE);
    }
    if (schema.getExclusiveMaximumValue() != null) {
      return floor(schema.getExclusiveMaximumValue()).subtract(BigDecimal.ONE);
    }
    if (max != null) {
      return Boolean.TRUE.equals(schema.getExclusiveMaximum())
          ? floor(max).subtract(BigDecimal.ONE)
          : max;
    }
    return BigDecimal.ZERO;
  }

  private static BigDecimal floor(BigDecimal value) {
    return value.setScale(0, RoundingMode.FLOOR);
  }
}
