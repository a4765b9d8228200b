package dev.paycontract.mock.body;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycontract.mock.spec.Refs;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.datafaker.Faker;

/**
 * Dynamic values from Datafaker, honouring type, format, enum, const, bounds, lengths and item
 * counts; every declared property is filled. Kept deliberately small: patterns and richer realism
 * come later.
 */
public final class DatafakerBodyGenerator implements DynamicBodyGenerator {

  private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();
  private static final int MAX_DEPTH = 12;
  private static final long SPAN = 1_000_000L;

  private final Refs refs;

  public DatafakerBodyGenerator(Refs refs) {
    this.refs = refs;
  }

  @Override
  public JsonNode generate(Schema<?> schema, Random random) {
    return value(schema, new Faker(Locale.ENGLISH, random), random, 0);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private JsonNode value(Schema schema, Faker faker, Random random, int depth) {
    schema = refs.schema(schema);
    if (schema == null || depth > MAX_DEPTH) {
      return NODES.objectNode();
    }
    if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      JsonNode merged = null;
      for (Schema member : (List<Schema>) schema.getAllOf()) {
        merged = SchemaSampler.merge(merged, value(member, faker, random, depth + 1));
      }
      return merged;
    }
    List<Schema> choices = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
    if (choices != null && !choices.isEmpty()) {
      return value(choices.get(0), faker, random, depth + 1);
    }
    if (schema.getConst() != null) {
      return Json.toNode(schema.getConst());
    }
    List<?> values = schema.getEnum();
    if (values != null && !values.isEmpty()) {
      return Json.toNode(values.get(random.nextInt(values.size())));
    }
    String type = SchemaSampler.typeOf(schema);
    if (type == null) {
      return NODES.textNode(faker.lorem().word());
    }
    return switch (type) {
      case "object" -> object(schema, faker, random, depth);
      case "array" -> array(schema, faker, random, depth);
      case "integer" -> NODES.numberNode(integer(schema, random));
      case "number" -> NODES.numberNode(number(schema, random));
      case "boolean" -> NODES.booleanNode(random.nextBoolean());
      case "null" -> NODES.nullNode();
      default -> NODES.textNode(string(schema, faker, random));
    };
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private ObjectNode object(Schema schema, Faker faker, Random random, int depth) {
    ObjectNode node = NODES.objectNode();
    Map<String, Schema> properties = schema.getProperties();
    if (properties != null) {
      properties.forEach((name, s) -> node.set(name, value(s, faker, random, depth + 1)));
    }
    return node;
  }

  @SuppressWarnings("rawtypes")
  private ArrayNode array(Schema schema, Faker faker, Random random, int depth) {
    ArrayNode node = NODES.arrayNode();
    if (schema.getItems() == null) {
      return node;
    }
    int min = schema.getMinItems() == null ? 1 : schema.getMinItems();
    int max = schema.getMaxItems() == null ? min + 2 : schema.getMaxItems();
    int count = min + random.nextInt(Math.max(1, max - min + 1));
    for (int i = 0; i < count; i++) {
      node.add(value(schema.getItems(), faker, random, depth + 1));
    }
    return node;
  }

  @SuppressWarnings("rawtypes")
  private static long integer(Schema schema, Random random) {
    long low = bound(schema.getMinimum(), schema.getExclusiveMinimumValue(), schema.getExclusiveMinimum(), 1, -SPAN);
    long high = bound(schema.getMaximum(), schema.getExclusiveMaximumValue(), schema.getExclusiveMaximum(), -1, SPAN);
    if (low > high) {
      return low;
    }
    long value = low + (long) (random.nextDouble() * (high - low + 1));
    if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() > 0) {
      long step = schema.getMultipleOf().longValue();
      value = step == 0 ? value : Math.ceilDiv(value, step) * step;
      if (value > high) {
        value -= step;
      }
    }
    return Math.min(Math.max(value, low), high);
  }

  private static long bound(BigDecimal inclusive, BigDecimal exclusive, Boolean legacyExclusive, int shift, long fallback) {
    if (inclusive != null) {
      long v = shift > 0 ? inclusive.setScale(0, RoundingMode.CEILING).longValue() : inclusive.setScale(0, RoundingMode.FLOOR).longValue();
      return Boolean.TRUE.equals(legacyExclusive) ? v + shift : v;
    }
    if (exclusive != null) {
      return (shift > 0 ? exclusive.setScale(0, RoundingMode.FLOOR) : exclusive.setScale(0, RoundingMode.CEILING)).longValue() + shift;
    }
    return fallback;
  }

  @SuppressWarnings("rawtypes")
  private static BigDecimal number(Schema schema, Random random) {
    double low = schema.getMinimum() != null ? schema.getMinimum().doubleValue()
        : schema.getExclusiveMinimumValue() != null ? schema.getExclusiveMinimumValue().doubleValue() + 0.01 : -SPAN;
    double high = schema.getMaximum() != null ? schema.getMaximum().doubleValue()
        : schema.getExclusiveMaximumValue() != null ? schema.getExclusiveMaximumValue().doubleValue() - 0.01 : SPAN;
    if (Boolean.TRUE.equals(schema.getExclusiveMinimum())) {
      low += 0.01;
    }
    if (Boolean.TRUE.equals(schema.getExclusiveMaximum())) {
      high -= 0.01;
    }
    if (low > high) {
      return BigDecimal.valueOf(low);
    }
    BigDecimal v = BigDecimal.valueOf(low + random.nextDouble() * (high - low)).setScale(2, RoundingMode.HALF_UP);
    return v.doubleValue() < low || v.doubleValue() > high ? BigDecimal.valueOf(low) : v;
  }

  @SuppressWarnings("rawtypes")
  private static String string(Schema schema, Faker faker, Random random) {
    String format = schema.getFormat() == null ? "" : schema.getFormat();
    Instant instant = Instant.ofEpochSecond(946_684_800L + (long) (random.nextDouble() * 1_000_000_000L));
    String fixed = switch (format) {
      case "date-time" -> DateTimeFormatter.ISO_INSTANT.format(instant);
      case "date" -> instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
      case "time" -> instant.atOffset(ZoneOffset.UTC).toLocalTime().withNano(0) + "Z";
      case "email" -> faker.internet().emailAddress();
      case "uri", "url" -> "https://" + faker.internet().domainName() + "/" + faker.lorem().word();
      case "hostname" -> faker.internet().domainName();
      case "ipv4" -> faker.internet().ipV4Address();
      case "ipv6" -> faker.internet().ipV6Address();
      case "uuid" -> new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
      default -> null;
    };
    if (fixed != null) {
      return fixed;
    }
    if (schema.getPattern() != null) {
      try {
        return faker.regexify(schema.getPattern().replaceAll("^\\^|\\$$", ""));
      } catch (RuntimeException e) {
        // a regex Datafaker cannot expand: fall back to words
      }
    }
    int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
    int max = schema.getMaxLength() == null ? Math.max(min, 24) : schema.getMaxLength();
    StringBuilder s = new StringBuilder(faker.lorem().word());
    while (s.length() < min) {
      s.append(' ').append(faker.lorem().word());
    }
    return s.length() > max ? s.substring(0, max) : s.toString();
  }
}
