package dev.paycontract.mock.internal.body.dynamic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycontract.mock.internal.json.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;

/**
 * Objects and arrays of one generation: which properties to emit (required, writeOnly,
 * min/maxProperties, additionalProperties), how many items (min/maxItems, uniqueItems). Each member
 * is generated back through the run, so it is seeded by its own JSON path.
 */
final class ContainerValues {

  private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();

  /** Attempts per wanted item, so uniqueItems over a small value space still ends. */
  private static final int TRIES_PER_ITEM = 25;

  private final GenerationRun run;
  private final SchemaPlanner planner;
  private final Random random;
  private final Faker faker;

  ContainerValues(GenerationRun run, SchemaPlanner planner, Random random, Faker faker) {
    this.run = run;
    this.planner = planner;
    this.random = random;
    this.faker = faker;
  }

  ObjectNode object(SchemaPlan plan, String path, int depth, boolean shrink) {
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
      JsonNode value =
          run.value(p.getValue(), key, path + "/" + Seeds.escape(key), depth + 1, required);
      if (value != null) {
        node.set(key, value);
      }
    }
    for (String key : plan.required) {
      if (!node.has(key) && !plan.properties.containsKey(key)) {
        node.set(
            key,
            run.value(plan.additionalSchema, key, path + "/" + Seeds.escape(key), depth + 1, true));
      }
    }
    boolean map = plan.properties.isEmpty() && plan.additionalSchema != null;
    int wanted =
        Math.max(plan.minProperties == null ? 0 : plan.minProperties, map && !shrink ? 1 : 0);
    wanted = Math.min(wanted, limit);
    for (int i = 0; node.size() < wanted && !plan.additionalForbidden && i < wanted * 4 + 4; i++) {
      run.reseed(path + "/*" + i);
      String key = faker.lorem().word() + (i == 0 ? "" : "_" + i);
      if (!node.has(key)) {
        JsonNode value =
            run.value(plan.additionalSchema, key, path + "/" + Seeds.escape(key), depth + 1, true);
        node.set(key, value);
      }
    }
    return node;
  }

  private static int requiredLeft(SchemaPlan plan, ObjectNode node) {
    int n = 0;
    for (String r : plan.required) {
      if (!node.has(r)) {
        n++;
      }
    }
    return n;
  }

  ArrayNode array(SchemaPlan plan, String name, String path, int depth, boolean shrink) {
    ArrayNode node = NODES.arrayNode();
    int min = plan.minItems == null ? 0 : plan.minItems;
    int max = plan.maxItems == null ? Integer.MAX_VALUE : plan.maxItems;
    int count;
    if (shrink || depth > GenerationRun.MAX_DEPTH) {
      count = min;
    } else {
      int low = Math.max(min, 1);
      count = Math.min(low + random.nextInt(3), Math.max(max, min));
      count = Math.min(count, max);
    }
    String itemName = singular(name);
    Set<JsonNode> seen = new HashSet<>();
    for (int attempt = 0; node.size() < count && attempt < count * TRIES_PER_ITEM; attempt++) {
      JsonNode item = run.value(plan.items, itemName, path + "/" + attempt, depth + 1, true);
      if (plan.uniqueItems && !seen.add(item)) {
        continue;
      }
      node.add(item);
    }
    return node;
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
