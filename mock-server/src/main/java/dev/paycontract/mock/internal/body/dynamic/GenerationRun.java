package dev.paycontract.mock.internal.body.dynamic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.paycontract.mock.internal.json.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/**
 * One generation: re-seeds the generator for each value from the call's base seed and the value's
 * JSON path, guards recursion through the {@code $ref} targets being expanded, picks oneOf / anyOf
 * branches, and hands each value to the class that knows its type.
 */
final class GenerationRun {

  private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();

  /** Nesting beyond which only required properties and minimum item counts are produced. */
  static final int SHRINK_DEPTH = 8;

  /** Nesting beyond which nothing more is expanded (null, empty object or array). */
  static final int MAX_DEPTH = 24;

  private final SchemaPlanner planner;
  private final long base;
  private final Random random;
  private final Faker faker;
  private final ContainerValues containers;
  private final Map<Schema<?>, Integer> expanding = new IdentityHashMap<>();

  GenerationRun(SchemaPlanner planner, long base, Random random, Faker faker) {
    this.planner = planner;
    this.base = base;
    this.random = random;
    this.faker = faker;
    this.containers = new ContainerValues(this, planner, random, faker);
  }

  void reseed(String path) {
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
      List<JsonNode> allowed =
          plan.enumValues.stream().filter(v -> !v.isNull() || plan.nullable).toList();
      List<JsonNode> nonNull = allowed.stream().filter(v -> !v.isNull()).toList();
      List<JsonNode> pool = nonNull.isEmpty() ? allowed : nonNull;
      return pool.isEmpty() ? NODES.nullNode() : pool.get(random.nextInt(pool.size()));
    }
    if ((depth > MAX_DEPTH || shrink && depth > SHRINK_DEPTH) && plan.nullable) {
      return NODES.nullNode();
    }
    return switch (typeOf(plan)) {
      case "object" -> containers.object(plan, path, depth, shrink);
      case "array" -> containers.array(plan, name, path, depth, shrink);
      case "integer" ->
          NODES.numberNode(NumberValues.pick(plan, name, true, random).toBigIntegerExact());
      case "number" -> NODES.numberNode(NumberValues.pick(plan, name, false, random));
      case "boolean" -> NODES.booleanNode(random.nextBoolean());
      default -> NODES.textNode(StringValues.pick(plan, name, random, faker));
    };
  }

  private static String typeOf(SchemaPlan plan) {
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
      return plan.multipleOf != null && plan.multipleOf.stripTrailingZeros().scale() <= 0
          ? "integer"
          : "number";
    }
    return "string";
  }
}
