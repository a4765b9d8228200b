package dev.paycontract.mock.internal.body.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.spec.Refs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deterministic static sample of a schema (Prism section 6.2). Per node the first match wins:
 * {@code allOf} (merged), first {@code oneOf}, first {@code anyOf}, {@code default}, {@code const},
 * first {@code enum}, {@code example}, first of {@code examples}, then a value by type. A document
 * that names its {@code jsonSchemaDialect} has {@code example} first instead: Prism turns each
 * {@code example} into {@code examples} (which its sampler ranks after {@code enum}) unless the
 * document names its dialect (docs/prism-behaviour.md 6.2). {@code pattern} and {@code nullable}
 * are ignored, as Prism does.
 *
 * <pre>{@code
 * Optional<JsonNode> body = new SchemaSampler(api, new Refs(api)).sample(schema);
 * }</pre>
 */
public final class SchemaSampler {

  /** Nodes one sample may produce before it is SCHEMA_TOO_COMPLEX. */
  public static final int DEFAULT_BUDGET = 100_000;

  private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();

  private final Refs refs;
  private final int budget;
  private final boolean exampleFirst;

  /**
   * @param api the document: whether it names a {@code jsonSchemaDialect} decides where {@code
   *     example} ranks
   * @param refs its references
   */
  public SchemaSampler(OpenAPI api, Refs refs) {
    this(api, refs, DEFAULT_BUDGET);
  }

  public SchemaSampler(OpenAPI api, Refs refs, int budget) {
    this.refs = refs;
    this.budget = budget;
    this.exampleFirst = api.getJsonSchemaDialect() != null;
  }

  /** Thrown inside a run that exceeds the budget; never escapes {@link #sample}. */
  private static final class TooComplex extends RuntimeException {
    TooComplex() {
      super(null, null, false, false);
    }
  }

  /**
   * @return the sample; {@code Optional.empty()} when the schema exceeds the size budget; a present
   *     Java {@code null} never occurs: a schema that yields nothing gives a MissingNode
   */
  public Optional<JsonNode> sample(Schema<?> schema) {
    return sample(schema, null);
  }

  /** As {@link #sample(Schema)}, with the property name that seeds {@code uuid} samples. */
  public Optional<JsonNode> sample(Schema<?> schema, String propertyName) {
    Run run = new Run();
    try {
      JsonNode node = run.sample(schema, propertyName);
      return Optional.of(
          node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node);
    } catch (TooComplex e) {
      return Optional.empty();
    }
  }

  /** One sampling pass: the remaining budget and the $refs being expanded (cycle guard). */
  private final class Run {
    private int left = budget;
    private final Deque<String> expanding = new ArrayDeque<>();
    private int depth;

    /** Java null means "no value" (the key is left out), NullNode means JSON null. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    JsonNode sample(Schema schema, String propertyName) {
      if (schema == null) {
        return null;
      }
      if (--left < 0) {
        throw new TooComplex();
      }
      String ref = schema.get$ref();
      if (ref != null) {
        Schema target = refs.schema(schema);
        if (target == schema || target == null) {
          return null;
        }
        // Prism inlines the first occurrence of a recursive schema and cuts the cycle at the
        // second $ref to it, so a recursive schema is expanded twice before it ends in {} or []
        // (docs/prism-compatibility.md, "Recursive schemas").
        if (expanding.stream().filter(ref::equals).count() >= 2) {
          String type = typeOf(target);
          return "array".equals(type)
              ? NODES.arrayNode()
              : "object".equals(type) ? NODES.objectNode() : null;
        }
        expanding.push(ref);
        try {
          return sample(target, propertyName);
        } finally {
          expanding.pop();
        }
      }
      if (exampleFirst && hasExample(schema)) {
        return Json.toNode(schema.getExample());
      }
      if (notEmpty(schema.getAllOf())) {
        return allOf(schema, propertyName);
      }
      if (notEmpty(schema.getOneOf())) {
        return firstOf(schema, (Schema) schema.getOneOf().get(0), propertyName);
      }
      if (notEmpty(schema.getAnyOf())) {
        return firstOf(schema, (Schema) schema.getAnyOf().get(0), propertyName);
      }
      return ownValue(schema, propertyName);
    }

    @SuppressWarnings("rawtypes")
    private JsonNode ownValue(Schema schema, String propertyName) {
      if (schema.getDefault() != null || schema.getDefaultSetFlag()) {
        return Json.toNode(schema.getDefault());
      }
      if (schema.getConst() != null) {
        return Json.toNode(schema.getConst());
      }
      if (notEmpty(schema.getEnum())) {
        return Json.toNode(schema.getEnum().get(0));
      }
      if (!exampleFirst && hasExample(schema)) {
        return Json.toNode(schema.getExample());
      }
      if (notEmpty(schema.getExamples())) {
        return Json.toNode(schema.getExamples().get(0));
      }
      String type = typeOf(schema);
      if (type == null) {
        // A schema of no type ({} or {nullable: true}) samples to null inside a document, as in
        // Prism; on its own it gives no body at all.
        return depth > 0 ? NODES.nullNode() : null;
      }
      return switch (type) {
        case "object" -> object(schema);
        case "array" -> array(schema);
        case "string" -> NODES.textNode(PrimitiveSamples.string(schema, propertyName));
        case "integer" ->
            NODES.numberNode(
                PrimitiveSamples.number(schema).setScale(0, RoundingMode.FLOOR).toBigInteger());
        case "number" -> NODES.numberNode(PrimitiveSamples.number(schema));
        case "boolean" -> NODES.booleanNode(true);
        case "null" -> NODES.nullNode();
        default -> null;
      };
    }

    /**
     * The parent's own sample, then every member's, deep-merged in order. As in Prism's sampler, a
     * member is sampled as the type found so far (the parent's, else an earlier member's): an
     * inline member without its own {@code type} that comes before any type is known gives nothing,
     * even with {@code properties} ({@code allOf: [{}, {properties: ...}]} samples to null); one
     * that comes after adds its properties to an object and leaves any other value as it is ({@code
     * allOf: [{$ref: ...}, {description: ...}]}); a {@code $ref} member always counts as what it
     * points to.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private JsonNode allOf(Schema schema, String propertyName) {
      JsonNode result = hasOwnShape(schema) ? ownValue(schema, propertyName) : null;
      String known = typeOf(schema);
      for (Schema member : (List<Schema>) schema.getAllOf()) {
        if (known == null && untypedInline(member)) {
          continue;
        }
        JsonNode value;
        if (known != null && untypedInline(member)) {
          // an inline member naming no type of its own ({description: ...}, {properties: ...})
          // adds its properties to an object and leaves any other value as it is, as in Prism
          if (!"object".equals(known)) {
            continue;
          }
          value = object(member);
        } else {
          value = sample(member, propertyName);
        }
        result = merge(result, value);
        if (known == null) {
          Schema target = member.get$ref() == null ? member : refs.schema(member);
          known = target == null ? null : typeOf(target);
        }
      }
      return result;
    }

    @SuppressWarnings("rawtypes")
    private JsonNode firstOf(Schema parent, Schema first, String propertyName) {
      JsonNode own = hasOwnShape(parent) ? ownValue(parent, propertyName) : null;
      return merge(own, sample(first, propertyName));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private ObjectNode object(Schema schema) {
      ObjectNode node = NODES.objectNode();
      Map<String, Schema> properties = schema.getProperties();
      depth++;
      try {
        if (properties != null) {
          for (Map.Entry<String, Schema> p : properties.entrySet()) {
            JsonNode value = sample(p.getValue(), p.getKey());
            if (value != null) {
              node.set(p.getKey(), value);
            }
          }
        }
        // a boolean schema (3.1's additionalProperties: false / true) adds nothing, as in Prism
        if (schema.getAdditionalProperties() instanceof Schema extra
            && extra.getBooleanSchemaValue() == null) {
          for (String name : List.of("property1", "property2")) {
            JsonNode value = sample(extra, null);
            if (value != null) {
              node.set(name, value);
            }
          }
        }
      } finally {
        depth--;
      }
      return node;
    }

    @SuppressWarnings("rawtypes")
    private ArrayNode array(Schema schema) {
      ArrayNode node = NODES.arrayNode();
      Schema items = schema.getItems();
      if (items == null) {
        return node;
      }
      int count = Math.max(1, schema.getMinItems() == null ? 0 : schema.getMinItems());
      if (schema.getMaxItems() != null) {
        count = Math.min(count, schema.getMaxItems());
      }
      depth++;
      try {
        for (int i = 0; i < count; i++) {
          JsonNode value = sample(items, null);
          node.add(value == null ? NODES.nullNode() : value);
        }
      } finally {
        depth--;
      }
      return node;
    }
  }

  /** The declared type (first of a 3.1 type array), else one inferred from the keywords used. */
  @SuppressWarnings("rawtypes")
  static String typeOf(Schema schema) {
    if (schema.getType() != null) {
      return schema.getType();
    }
    if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
      return (String) schema.getTypes().iterator().next();
    }
    if (schema.getProperties() != null
        || schema.getAdditionalProperties() != null
        || schema.getRequired() != null
        || schema.getMinProperties() != null
        || schema.getMaxProperties() != null) {
      return "object";
    }
    if (schema.getItems() != null || schema.getMinItems() != null || schema.getMaxItems() != null) {
      return "array";
    }
    if (schema.getMinLength() != null
        || schema.getMaxLength() != null
        || schema.getPattern() != null) {
      return "string";
    }
    if (schema.getMinimum() != null
        || schema.getMaximum() != null
        || schema.getMultipleOf() != null
        || schema.getExclusiveMinimumValue() != null
        || schema.getExclusiveMaximumValue() != null) {
      return "number";
    }
    return null;
  }

  /**
   * An inline schema whose sample Prism would take from its type alone and that names none: no
   * {@code $ref}, {@code type}, value keyword or composition of its own.
   */
  @SuppressWarnings("rawtypes")
  private static boolean untypedInline(Schema schema) {
    return schema.get$ref() == null
        && schema.getType() == null
        && (schema.getTypes() == null || schema.getTypes().isEmpty())
        && schema.getExample() == null
        && !schema.getExampleSetFlag()
        && schema.getDefault() == null
        && !schema.getDefaultSetFlag()
        && schema.getConst() == null
        && !notEmpty(schema.getEnum())
        && !notEmpty(schema.getExamples())
        && !notEmpty(schema.getAllOf())
        && !notEmpty(schema.getOneOf())
        && !notEmpty(schema.getAnyOf());
  }

  /**
   * Whether a composed schema has a value of its own that its members' samples are merged into (an
   * {@code example} counts where it ranks after the compositions).
   */
  @SuppressWarnings("rawtypes")
  private boolean hasOwnShape(Schema schema) {
    return typeOf(schema) != null
        || schema.getDefault() != null
        || notEmpty(schema.getEnum())
        || (!exampleFirst && hasExample(schema));
  }

  @SuppressWarnings("rawtypes")
  private static boolean hasExample(Schema schema) {
    return schema.getExample() != null || schema.getExampleSetFlag();
  }

  /**
   * Deep merge of samples: objects key by key (later keys win, first position kept), arrays item by
   * item (two {@code allOf} members that both declare an array property describe the same items, as
   * Prism's merged schema does); otherwise the later one.
   */
  static JsonNode merge(JsonNode into, JsonNode next) {
    if (next == null) {
      return into;
    }
    if (into instanceof ObjectNode a && next instanceof ObjectNode b) {
      ObjectNode out = a.deepCopy();
      b.properties().forEach(e -> out.set(e.getKey(), merge(out.get(e.getKey()), e.getValue())));
      return out;
    }
    if (into instanceof ArrayNode a && next instanceof ArrayNode b && !a.isEmpty()) {
      ArrayNode out = NODES.arrayNode();
      for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
        out.add(i < b.size() ? merge(a.get(i), b.get(i)) : a.get(i).deepCopy());
      }
      return out;
    }
    return next;
  }

  private static boolean notEmpty(List<?> list) {
    return list != null && !list.isEmpty();
  }
}
