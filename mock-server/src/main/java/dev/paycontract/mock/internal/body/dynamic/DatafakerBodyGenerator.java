package dev.paycontract.mock.internal.body.dynamic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.spec.Refs;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Locale;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import net.datafaker.Faker;

/**
 * Dynamic-mode values (docs/prism-behaviour.md 6.3) that always validate against their schema:
 * type, format, enum, const, pattern, numeric bounds (3.0 and 3.1 forms), multipleOf, lengths, item
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
      JsonNode value =
          new GenerationRun(planner, base, seeded.random(), seeded.faker())
              .value(schema, name, "#", 0, true);
      return value == null ? Json.MAPPER.getNodeFactory().nullNode() : value;
    } finally {
      FAKERS.offer(seeded);
    }
  }
}
