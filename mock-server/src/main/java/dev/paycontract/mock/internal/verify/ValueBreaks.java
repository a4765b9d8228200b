package dev.paycontract.mock.internal.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The values that break one constraint of a schema each (type, enum, pattern, lengths, format,
 * bounds), given a valid value: the leaves of {@link ConstraintBreaks}.
 */
final class ValueBreaks {

  private ValueBreaks() {}

  /** Values that break a string format, by format. */
  private static final Map<String, String> BAD_FORMATS =
      Map.of(
          "uuid", "not-a-uuid",
          "email", "not-an-email",
          "date-time", "not-a-date-time",
          "date", "not-a-date",
          "uri", "not a uri",
          "ipv4", "999.1.2.3",
          "hostname", "not_a_host!");

  /** One way to break one constraint of {@code schema}, given a valid value. */
  record Broken(JsonNode value, String code, String change) {}

  static List<Broken> of(Schema<?> schema, JsonNode valid) {
    List<Broken> broken = new ArrayList<>();
    String type = schema.getType();
    JsonNode wrongType = wrongType(type);
    if (wrongType != null) {
      broken.add(new Broken(wrongType, "type", type + " replaced by " + wrongType));
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      JsonNode outside =
          "integer".equals(type) || "number".equals(type)
              ? IntNode.valueOf(Integer.MAX_VALUE)
              : TextNode.valueOf("NOT_A_LISTED_VALUE");
      broken.add(new Broken(outside, "enum", "value not listed"));
    }
    if ("string".equals(type)) {
      String text = valid.isTextual() ? valid.textValue() : "";
      if (schema.getPattern() != null) {
        String mismatch = mismatch(schema);
        if (mismatch != null) {
          broken.add(new Broken(TextNode.valueOf(mismatch), "pattern", "'" + mismatch + "'"));
        }
      }
      if (schema.getMinLength() != null
          && schema.getMinLength() > 0
          && text.length() >= schema.getMinLength()) {
        String shorter = text.substring(0, schema.getMinLength() - 1);
        broken.add(new Broken(TextNode.valueOf(shorter), "minLength", "'" + shorter + "'"));
      }
      if (schema.getMaxLength() != null) {
        String longer =
            (text.isEmpty() ? "x" : text)
                .repeat(schema.getMaxLength() / Math.max(1, text.length()) + 2)
                .substring(0, schema.getMaxLength() + 1);
        broken.add(
            new Broken(
                TextNode.valueOf(longer),
                "maxLength",
                (schema.getMaxLength() + 1) + " characters"));
      }
      if (schema.getFormat() != null && BAD_FORMATS.containsKey(schema.getFormat())) {
        String bad = BAD_FORMATS.get(schema.getFormat());
        broken.add(new Broken(TextNode.valueOf(bad), "format", "'" + bad + "'"));
      }
    }
    if ("integer".equals(type) || "number".equals(type)) {
      if (schema.getMinimum() != null) {
        BigDecimal below =
            Boolean.TRUE.equals(schema.getExclusiveMinimum())
                ? schema.getMinimum()
                : schema.getMinimum().subtract(BigDecimal.ONE);
        broken.add(new Broken(number(type, below), "minimum", below.toPlainString()));
      }
      if (schema.getMaximum() != null) {
        BigDecimal above =
            Boolean.TRUE.equals(schema.getExclusiveMaximum())
                ? schema.getMaximum()
                : schema.getMaximum().add(BigDecimal.ONE);
        broken.add(new Broken(number(type, above), "maximum", above.toPlainString()));
      }
    }
    return broken;
  }

  private static JsonNode wrongType(String type) {
    if (type == null) {
      return null;
    }
    return switch (type) {
      case "string" -> IntNode.valueOf(12345);
      case "integer", "number" -> TextNode.valueOf("not-a-number");
      case "boolean" -> TextNode.valueOf("not-a-boolean");
      case "object" -> TextNode.valueOf("not-an-object");
      case "array" -> TextNode.valueOf("not-an-array");
      default -> null;
    };
  }

  /** A string that fails the pattern but keeps within the length limits; null if none found. */
  private static String mismatch(Schema<?> schema) {
    Pattern pattern = Pattern.compile(schema.getPattern());
    int min = schema.getMinLength() == null ? 1 : Math.max(1, schema.getMinLength());
    for (String unit : List.of("#", "!", " ", "a", "0", "~")) {
      String candidate = unit.repeat(min);
      boolean fits = schema.getMaxLength() == null || candidate.length() <= schema.getMaxLength();
      if (fits && !pattern.matcher(candidate).find()) {
        return candidate;
      }
    }
    return null;
  }

  private static JsonNode number(String type, BigDecimal value) {
    return "integer".equals(type)
        ? BigIntegerNode.valueOf(value.toBigInteger())
        : DecimalNode.valueOf(value);
  }
}
