package dev.paycontract.mock.body;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycontract.mock.spec.Refs;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import net.datafaker.Faker;

/**
 * Dynamic-mode values (prism-behaviour 6.3) that always validate against their schema: type,
 * format, enum, const, pattern, numeric bounds (3.0 and 3.1 forms), multipleOf, lengths, item
 * counts, uniqueItems, required, nullable / type arrays, writeOnly (left out of responses), allOf
 * (merged), oneOf / anyOf (one branch), additionalProperties and recursive {@code $ref}s (one level
 * of recursion, then only what is required). Strings are realistic where the property name says
 * what it holds ({@code email}, {@code currency}, ...) and the value still fits the schema.
 *
 * <p>Repeatable: each call takes one {@code long} from the given {@link Random}, and every value is
 * drawn from a generator re-seeded from that number and the value's JSON path, so a seeded call
 * gives the same bytes on every machine, and editing one property changes little else.
 *
 * <pre>{@code
 * JsonNode body = new DatafakerBodyGenerator(new Refs(api)).generate(schema, new Random(42));
 * }</pre>
 */
public final class DatafakerBodyGenerator implements DynamicBodyGenerator {

  private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();
  /** Nesting beyond which only required properties and minimum item counts are produced. */
  private static final int SHRINK_DEPTH = 8;
  /** Nesting beyond which nothing more is expanded (null, empty object or array). */
  private static final int MAX_DEPTH = 24;
  private static final int TRIES = 25;
  private static final long EPOCH_2020 = 1_577_836_800L;
  private static final long SEVEN_YEARS = 7L * 365 * 24 * 3600;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final Pattern HOSTNAME = Pattern.compile("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$");

  /**
   * Faker construction costs ~70 µs, so fakers are pooled (not thread-local: the server runs each
   * request on a new virtual thread); a generation borrows one and re-seeds it per value.
   */
  private static final Queue<Seeded> FAKERS = new ConcurrentLinkedQueue<>();

  private record Seeded(Random random, Faker faker) {}

  private final SchemaPlanner planner;

  public DatafakerBodyGenerator(Refs refs) {
    this.planner = new SchemaPlanner(refs);
  }

  @Override
  public JsonNode generate(Schema<?> schema, Random random) {
    return generate(schema, random, null);
  }

  @Override
  public JsonNode generate(Schema<?> schema, Random random, String name) {
    long base = random.nextLong();
    Seeded seeded = FAKERS.poll();
    if (seeded == null) {
      Random own = new Random(0);
      seeded = new Seeded(own, new Faker(Locale.ENGLISH, own));
    }
    try {
      JsonNode value = new Run(base, seeded.random(), seeded.faker()).value(schema, name, "#", 0, true);
      return value == null ? NODES.nullNode() : value;
    } finally {
      FAKERS.offer(seeded);
    }
  }

  /** One generation: the call's base seed and the $ref targets being expanded. */
  private final class Run {
    private final long base;
    private final Random random;
    private final Faker faker;
    private final Map<Schema<?>, Integer> expanding = new IdentityHashMap<>();

    Run(long base, Random random, Faker faker) {
      this.base = base;
      this.random = random;
      this.faker = faker;
    }

    private void reseed(String path) {
      random.setSeed(Seeds.mix(base, path));
    }

    /** Java null: leave the property out (only returned when {@code needed} is false). */
    JsonNode value(Schema<?> schema, String name, String path, int depth, boolean needed) {
      if (schema == null) {
        return NODES.textNode(faker.lorem().word());
      }
      Schema<?> target = planner.target(schema);
      int seen = target == null ? 0 : expanding.getOrDefault(target, 0);
      // the same schema again inside itself: through a $ref, or an allOf that merged one in
      boolean recursing = seen > 0;
      if (recursing && !needed) {
        return null;
      }
      if (depth > 2 * MAX_DEPTH) {
        return NODES.nullNode(); // a required, non-nullable cycle: no finite valid value exists
      }
      if (target != null) {
        expanding.merge(target, 1, Integer::sum);
      }
      try {
        reseed(path);
        SchemaPlan plan = planner.plan(schema);
        boolean shrink = recursing || depth >= SHRINK_DEPTH;
        while (!plan.choiceGroups.isEmpty()) {
          List<Schema<?>> group = plan.choiceGroups.get(0);
          Schema<?> branch = shrink ? group.get(0) : group.get(random.nextInt(group.size()));
          plan = planner.choose(plan, branch);
        }
        if (recursing && plan.nullable) {
          return NODES.nullNode(); // a required recursive property ends the chain with null
        }
        return of(plan, name, path, depth, shrink);
      } finally {
        if (target != null) {
          expanding.merge(target, -1, Integer::sum);
        }
      }
    }

    private JsonNode of(SchemaPlan plan, String name, String path, int depth, boolean shrink) {
      if (plan.constant != null) {
        return plan.constant;
      }
      if (plan.nullOnly) {
        return NODES.nullNode();
      }
      if (plan.enumValues != null) {
        List<JsonNode> allowed = plan.enumValues.stream().filter(v -> !v.isNull() || plan.nullable).toList();
        List<JsonNode> nonNull = allowed.stream().filter(v -> !v.isNull()).toList();
        List<JsonNode> pool = nonNull.isEmpty() ? allowed : nonNull;
        return pool.isEmpty() ? NODES.nullNode() : pool.get(random.nextInt(pool.size()));
      }
      if ((depth > MAX_DEPTH || shrink && depth > SHRINK_DEPTH) && plan.nullable) {
        return NODES.nullNode();
      }
      return switch (typeOf(plan)) {
        case "object" -> object(plan, path, depth, shrink);
        case "array" -> array(plan, name, path, depth, shrink);
        case "integer" -> NODES.numberNode(NumberValues.pick(plan, name, true, random).toBigIntegerExact());
        case "number" -> NODES.numberNode(NumberValues.pick(plan, name, false, random));
        case "boolean" -> NODES.booleanNode(random.nextBoolean());
        default -> NODES.textNode(string(plan, name));
      };
    }

    private String typeOf(SchemaPlan plan) {
      if (!plan.types.isEmpty()) {
        // first declared non-null type: [string, 'null'] gives a string
        return plan.types.iterator().next();
      }
      if (plan.hasObjectKeywords()) {
        return "object";
      }
      if (plan.hasArrayKeywords()) {
        return "array";
      }
      if (plan.hasNumberKeywords()) {
        return plan.multipleOf != null && plan.multipleOf.stripTrailingZeros().scale() <= 0 ? "integer" : "number";
      }
      return "string";
    }

    private ObjectNode object(SchemaPlan plan, String path, int depth, boolean shrink) {
      ObjectNode node = NODES.objectNode();
      int limit = plan.maxProperties == null ? Integer.MAX_VALUE : plan.maxProperties;
      for (Map.Entry<String, Schema<?>> p : plan.properties.entrySet()) {
        String key = p.getKey();
        boolean required = plan.required.contains(key);
        if (!required && (shrink || node.size() >= limit - requiredLeft(plan, node))) {
          continue;
        }
        if (planner.plan(p.getValue()).writeOnly && !required) {
          continue; // responses never carry writeOnly properties
        }
        JsonNode value = value(p.getValue(), key, path + "/" + Seeds.escape(key), depth + 1, required);
        if (value != null) {
          node.set(key, value);
        }
      }
      for (String key : plan.required) {
        if (!node.has(key) && !plan.properties.containsKey(key)) {
          node.set(key, value(plan.additionalSchema, key, path + "/" + Seeds.escape(key), depth + 1, true));
        }
      }
      boolean map = plan.properties.isEmpty() && plan.additionalSchema != null;
      int wanted = Math.max(plan.minProperties == null ? 0 : plan.minProperties, map && !shrink ? 1 : 0);
      wanted = Math.min(wanted, limit);
      for (int i = 0; node.size() < wanted && !plan.additionalForbidden && i < wanted * 4 + 4; i++) {
        reseed(path + "/*" + i);
        String key = faker.lorem().word() + (i == 0 ? "" : "_" + i);
        if (!node.has(key)) {
          JsonNode value = value(plan.additionalSchema, key, path + "/" + Seeds.escape(key), depth + 1, true);
          node.set(key, value);
        }
      }
      return node;
    }

    private int requiredLeft(SchemaPlan plan, ObjectNode node) {
      int n = 0;
      for (String r : plan.required) {
        if (!node.has(r)) {
          n++;
        }
      }
      return n;
    }

    private ArrayNode array(SchemaPlan plan, String name, String path, int depth, boolean shrink) {
      ArrayNode node = NODES.arrayNode();
      int min = plan.minItems == null ? 0 : plan.minItems;
      int max = plan.maxItems == null ? Integer.MAX_VALUE : plan.maxItems;
      int count;
      if (shrink || depth > MAX_DEPTH) {
        count = min;
      } else {
        int low = Math.max(min, 1);
        count = Math.min(low + random.nextInt(3), Math.max(max, min));
        count = Math.min(count, max);
      }
      String itemName = singular(name);
      Set<JsonNode> seen = new HashSet<>();
      for (int attempt = 0; node.size() < count && attempt < count * TRIES; attempt++) {
        JsonNode item = value(plan.items, itemName, path + "/" + attempt, depth + 1, true);
        if (plan.uniqueItems && !seen.add(item)) {
          continue;
        }
        node.add(item);
      }
      return node;
    }

    private String string(SchemaPlan plan, String name) {
      String formatted = Formats.value(plan, random, faker);
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
        for (int i = 0; i < TRIES; i++) {
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
      String words = words(plan);
      if (fits(plan, words) || last == null) {
        return words;
      }
      return last;
    }

    /** Lorem words fitted to minLength / maxLength. */
    private String words(SchemaPlan plan) {
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

    private static String singular(String name) {
      if (name == null) {
        return null;
      }
      if (name.endsWith("ies")) {
        return name.substring(0, name.length() - 3) + "y";
      }
      return name.endsWith("s") && !name.endsWith("ss") ? name.substring(0, name.length() - 1) : name;
    }
  }

  /** Whether a string satisfies the plan's length, pattern and enum keywords (format is the caller's). */
  static boolean fits(SchemaPlan plan, String value) {
    int length = value.codePointCount(0, value.length());
    if (plan.minLength != null && length < plan.minLength || plan.maxLength != null && length > plan.maxLength) {
      return false;
    }
    for (Pattern p : plan.patterns) {
      if (!p.matcher(value).find()) {
        return false;
      }
    }
    return true;
  }

  /** Values for the string formats OpenAPI names; null for a format not known here. */
  static final class Formats {

    private Formats() {}

    static String value(SchemaPlan plan, Random random, Faker faker) {
      String format = plan.format == null ? "" : plan.format.toLowerCase(Locale.ROOT);
      Instant instant = Instant.ofEpochSecond(EPOCH_2020 + (long) (random.nextDouble() * SEVEN_YEARS));
      return switch (format) {
        case "date-time" -> DateTimeFormatter.ISO_INSTANT.format(instant);
        case "date" -> instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        case "time" -> TIME.format(instant.atOffset(ZoneOffset.UTC)) + "Z";
        case "email", "idn-email" -> faker.internet().emailAddress();
        case "uri", "url", "iri", "uri-reference", "iri-reference" -> ValueHints.url(faker);
        case "hostname", "idn-hostname" -> hostname(faker);
        case "ipv4" -> faker.internet().ipV4Address();
        case "ipv6" -> faker.internet().ipV6Address();
        case "uuid" -> new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
            (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
        case "byte" -> base64(plan, random);
        case "password" -> faker.regexify("[A-Za-z0-9]{" + clampLength(plan, 12) + "}");
        default -> null;
      };
    }

    private static String hostname(Faker faker) {
      String host = faker.internet().domainName().toLowerCase(Locale.ROOT);
      return HOSTNAME.matcher(host).matches() ? host : faker.lorem().word().toLowerCase(Locale.ROOT) + ".example";
    }

    private static String base64(SchemaPlan plan, Random random) {
      int chars = clampLength(plan, 16);
      byte[] bytes = new byte[Math.max(0, chars / 4 * 3)];
      random.nextBytes(bytes);
      return Base64.getEncoder().encodeToString(bytes);
    }

    private static int clampLength(SchemaPlan plan, int preferred) {
      int n = preferred;
      if (plan.minLength != null) {
        n = Math.max(n, plan.minLength);
      }
      if (plan.maxLength != null) {
        n = Math.min(n, plan.maxLength);
      }
      return Math.max(n, 0);
    }
  }

  /** Numbers inside the bounds, on the multipleOf grid, plausible for amounts and counts. */
  static final class NumberValues {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private NumberValues() {}

    static BigDecimal pick(SchemaPlan plan, String name, boolean integer, Random random) {
      BigDecimal step = step(plan, integer);
      BigDecimal[] hint = hintRange(name, integer);
      BigDecimal lo = plan.minimum;
      BigDecimal hi = plan.maximum;
      if ("int32".equals(plan.format)) {
        lo = maxOf(lo, BigDecimal.valueOf(Integer.MIN_VALUE));
        hi = minOf(hi, BigDecimal.valueOf(Integer.MAX_VALUE));
      } else if ("int64".equals(plan.format)) {
        lo = maxOf(lo, BigDecimal.valueOf(Long.MIN_VALUE));
        hi = minOf(hi, BigDecimal.valueOf(Long.MAX_VALUE));
      }
      boolean loEx = plan.minimum != null && lo.compareTo(plan.minimum) == 0 && plan.exclusiveMinimum;
      boolean hiEx = plan.maximum != null && hi.compareTo(plan.maximum) == 0 && plan.exclusiveMaximum;
      // The plausible range for the name where it overlaps the bounds, else the bounds themselves.
      boolean hintLo = lo == null || lo.compareTo(hint[0]) < 0;
      boolean hintHi = hi == null || hi.compareTo(hint[1]) > 0;
      BigInteger[] k = grid(hintLo ? hint[0] : lo, !hintLo && loEx, hintHi ? hint[1] : hi, !hintHi && hiEx, step);
      if (k == null) {
        BigDecimal span = hint[1].subtract(hint[0]);
        BigDecimal from = lo != null ? lo : hi.subtract(span);
        BigDecimal to = hi != null ? hi : lo.add(span);
        k = grid(from, lo != null && loEx, to, hi != null && hiEx, step);
        if (k == null && !integer && plan.multipleOf == null) {
          step = new BigDecimal("0.000001");
          k = grid(from, lo != null && loEx, to, hi != null && hiEx, step);
        }
        if (k == null) {
          return integer ? from.setScale(0, RoundingMode.CEILING) : from; // unsatisfiable bounds
        }
      }
      BigInteger range = k[1].subtract(k[0]).add(BigInteger.ONE);
      BigInteger offset = range.bitLength() < 62
          ? BigInteger.valueOf((long) (random.nextDouble() * range.longValue()))
          : new BigInteger(range.bitLength() + 8, random).mod(range);
      BigDecimal value = new BigDecimal(k[0].add(offset)).multiply(step);
      return integer ? value.setScale(0, RoundingMode.UNNECESSARY) : value.setScale(Math.max(0, step.scale()), RoundingMode.UNNECESSARY);
    }

    /** Smallest and largest k with lo (<) k*step (<) hi, or null when there is none. */
    private static BigInteger[] grid(BigDecimal lo, boolean loExclusive, BigDecimal hi, boolean hiExclusive, BigDecimal step) {
      if (lo == null || hi == null) {
        return null;
      }
      BigDecimal a = lo.divide(step, 0, RoundingMode.CEILING);
      if (loExclusive && a.multiply(step).compareTo(lo) == 0) {
        a = a.add(BigDecimal.ONE);
      }
      BigDecimal b = hi.divide(step, 0, RoundingMode.FLOOR);
      if (hiExclusive && b.multiply(step).compareTo(hi) == 0) {
        b = b.subtract(BigDecimal.ONE);
      }
      return a.compareTo(b) > 0 ? null : new BigInteger[] {a.toBigIntegerExact(), b.toBigIntegerExact()};
    }

    private static BigDecimal step(SchemaPlan plan, boolean integer) {
      if (plan.multipleOf == null) {
        return integer ? BigDecimal.ONE : CENT;
      }
      return integer ? SchemaPlanner.commonMultiple(plan.multipleOf, BigDecimal.ONE) : plan.multipleOf;
    }

    private static BigDecimal[] hintRange(String name, boolean integer) {
      String n = ValueHints.normalise(name);
      if (n.contains("cents") || n.contains("minor")) {
        return range(100, 50_000);
      }
      if (n.contains("amount") || n.contains("price") || n.contains("total") || n.contains("cost")
          || n.contains("balance") || n.contains("fee")) {
        return integer ? range(100, 50_000) : range(1, 500);
      }
      if (n.contains("quantity") || n.contains("count") || n.contains("qty")) {
        return range(1, 10);
      }
      if (n.contains("percent") || n.contains("rate")) {
        return range(0, 100);
      }
      if (n.contains("year")) {
        return range(2020, 2030);
      }
      return integer ? range(0, 1000) : range(0, 1000);
    }

    private static BigDecimal[] range(long lo, long hi) {
      return new BigDecimal[] {BigDecimal.valueOf(lo), BigDecimal.valueOf(hi)};
    }

    private static BigDecimal maxOf(BigDecimal a, BigDecimal b) {
      return a == null ? b : b == null ? a : a.max(b);
    }

    private static BigDecimal minOf(BigDecimal a, BigDecimal b) {
      return a == null ? b : b == null ? a : a.min(b);
    }
  }
}
