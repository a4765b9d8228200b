package dev.paycontract.mock.internal.validation;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prism's (AJV's) wording for one failed JSON-Schema keyword, built from the schema's own values:
 * {@code must be >= 100}, {@code must match pattern "^[A-Z]{3}$"}, {@code must be string,null}.
 */
final class PrismWording {

  private PrismWording() {}

  /**
   * The code Prism reports: a draft-4 style {@code minimum} with {@code exclusiveMinimum: true} is
   * "exclusiveMinimum".
   */
  static String code(String keyword, Schema<?> owner) {
    if (owner != null
        && keyword.equals("minimum")
        && Boolean.TRUE.equals(owner.getExclusiveMinimum())) {
      return "exclusiveMinimum";
    }
    if (owner != null
        && keyword.equals("maximum")
        && Boolean.TRUE.equals(owner.getExclusiveMaximum())) {
      return "exclusiveMaximum";
    }
    return keyword;
  }

  /**
   * @param code the Prism code (after {@link #code})
   * @param owner the schema holding the keyword, or null when unknown
   * @param detail the missing property for "required"; otherwise unused
   * @param fallback the validator's own text, used when the schema value cannot be found
   */
  static String text(String code, Schema<?> owner, String detail, String fallback) {
    if (code.equals("required")) {
      return "must have required property '" + detail + "'";
    }
    if (owner == null) {
      return fallbackText(code, fallback);
    }
    return switch (code) {
      case "type" -> "must be " + types(owner, fallback);
      case "enum" -> "must be equal to one of the allowed values: " + values(owner.getEnum());
      case "const" -> "must be equal to constant";
      case "minimum" -> "must be >= " + number(owner.getMinimum());
      case "maximum" -> "must be <= " + number(owner.getMaximum());
      case "exclusiveMinimum" ->
          "must be > "
              + number(
                  owner.getExclusiveMinimumValue() != null
                      ? owner.getExclusiveMinimumValue()
                      : owner.getMinimum());
      case "exclusiveMaximum" ->
          "must be < "
              + number(
                  owner.getExclusiveMaximumValue() != null
                      ? owner.getExclusiveMaximumValue()
                      : owner.getMaximum());
      case "minLength" -> "must NOT have fewer than " + owner.getMinLength() + " characters";
      case "maxLength" -> "must NOT have more than " + owner.getMaxLength() + " characters";
      case "minItems" -> "must NOT have fewer than " + owner.getMinItems() + " items";
      case "maxItems" -> "must NOT have more than " + owner.getMaxItems() + " items";
      case "minProperties" ->
          "must NOT have fewer than " + owner.getMinProperties() + " properties";
      case "maxProperties" -> "must NOT have more than " + owner.getMaxProperties() + " properties";
      case "uniqueItems" -> "must NOT have duplicate items";
      case "multipleOf" -> "must be multiple of " + number(owner.getMultipleOf());
      case "pattern" -> "must match pattern \"" + owner.getPattern() + "\"";
      case "format" -> "must match format \"" + owner.getFormat() + "\"";
      default -> fallbackText(code, fallback);
    };
  }

  private static String fallbackText(String code, String fallback) {
    return switch (code) {
      case "additionalProperties" -> "must NOT have additional properties";
      case "oneOf" -> "must match exactly one schema in oneOf";
      case "anyOf" -> "must match a schema in anyOf";
      case "not" -> "must NOT be valid";
      case "const" -> "must be equal to constant";
      case "uniqueItems" -> "must NOT have duplicate items";
      default -> fallback;
    };
  }

  private static String types(Schema<?> owner, String fallback) {
    List<String> types = new ArrayList<>();
    Set<String> declared = owner.getTypes();
    if (declared != null && !declared.isEmpty()) {
      types.addAll(declared);
    } else if (owner.getType() != null) {
      types.add(owner.getType());
    } else {
      return expectedFromValidator(fallback);
    }
    if (Boolean.TRUE.equals(owner.getNullable()) && !types.contains("null")) {
      types.add("null");
    }
    return String.join(",", types);
  }

  /** networknt says {@code "integer found, [string, null] expected"}. */
  private static String expectedFromValidator(String fallback) {
    int found = fallback == null ? -1 : fallback.indexOf("found, ");
    int expected = fallback == null ? -1 : fallback.lastIndexOf(" expected");
    if (found < 0 || expected < found) {
      return "valid";
    }
    return fallback
        .substring(found + 7, expected)
        .replace("[", "")
        .replace("]", "")
        .replace(" ", "");
  }

  private static String values(List<?> values) {
    if (values == null) {
      return "";
    }
    return values.stream().map(PrismWording::value).collect(Collectors.joining(", "));
  }

  private static String value(Object v) {
    return v instanceof BigDecimal d ? number(d) : String.valueOf(v);
  }

  static String number(BigDecimal value) {
    if (value == null) {
      return "?";
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }
}
