package dev.paycontract.mock.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.spec.ModelKey;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which schemas Prism 5.16.0 validates nothing against because its validator (Ajv 8) refuses to
 * compile them (docs/prism-behaviour.md 15, quirk 19; deviation D9; ADR 0027). Prism compiles one
 * schema per request body, per response body, and one per parameter group (the query parameters,
 * the headers, the path parameters, a response's headers); when Ajv throws, Prism reports nothing
 * for that part of the exchange.
 *
 * <p>What makes Ajv throw, after Prism's own conversion of an OpenAPI schema to JSON Schema (it
 * turns {@code type: T, nullable: true} into {@code type: [T, "null"]} and appends {@code null} to
 * the {@code enum}, unless the document names a {@code jsonSchemaDialect}):
 *
 * <ul>
 *   <li>{@code nullable} left on a schema without {@code type} ({@code {nullable: true}}), or
 *       {@code nullable: false} beside a {@code null} type;
 *   <li>a {@code type} that is not a JSON Schema type name;
 *   <li>an {@code enum} listing an item twice (also a nullable enum that already lists {@code
 *       null}) or an empty one (the meta-schema's {@code uniqueItems} and {@code minItems});
 *   <li>a {@code pattern} (or {@code patternProperties} key) that is not a JavaScript regular
 *       expression in unicode mode ({@link JsPatternSyntax}).
 * </ul>
 *
 * <p>Not seen here: what Swagger Parser's model no longer holds ({@code required} naming a property
 * twice, which it lists once; {@code required: true} on a property, which it drops).
 *
 * <p>Every schema reachable from the compiled one counts, through {@code $ref} too: Prism inlines
 * the referenced schemas before compiling. A body schema is seen as Prism prepares it: {@code
 * allOf} merged, {@code readOnly} or {@code writeOnly} properties taken out ({@link Use}). Answers
 * are cached per schema and use; thread-safe.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public final class PrismCompileGaps {

  /**
   * A part of an exchange Prism does not validate.
   *
   * @param part where Prism uses the schema ({@code "request body application/json"}, {@code
   *     "request query"})
   * @param reason why its validator cannot compile it
   */
  public record Gap(String part, String reason) {}

  private static final Set<String> JSON_TYPES =
      Set.of("string", "number", "integer", "boolean", "object", "array", "null");

  private final OpenAPI api;
  private final SchemaLocator locator;
  private final boolean converts;
  private final Map<UseKey, Optional<String>> bySchema = new ConcurrentHashMap<>();
  private final Map<ModelKey, Map<String, Optional<String>>> byRequest = new ConcurrentHashMap<>();

  public PrismCompileGaps(OpenAPI api) {
    this(api, new SchemaLocator(api));
  }

  PrismCompileGaps(OpenAPI api, SchemaLocator locator) {
    this.api = api;
    this.locator = locator;
    this.converts = api.getJsonSchemaDialect() == null;
  }

  /**
   * Every schema of the spec Prism cannot compile, by where Prism uses it ({@code "POST /orders
   * request body application/json"}, {@code "GET /orders request query"}, {@code "GET /orders
   * response 200 headers"}), with the reason; in the spec's order.
   */
  public Map<String, String> everyRefusal() {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    if (api.getPaths() == null) {
      return out;
    }
    OperationPlans plans = new OperationPlans(api);
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> {
                          String at = method + " " + path + " ";
                          OperationPlans.Plan plan = plans.plan(operation);
                          requestScopes(plan)
                              .forEach((scope, why) -> why.ifPresent(w -> out.put(at + scope, w)));
                          responseScopes(plan, plans)
                              .forEach((scope, why) -> why.ifPresent(w -> out.put(at + scope, w)));
                        }));
    return out;
  }

  /**
   * The request part Prism skips that a finding's location starts with ({@code body}, {@code
   * query}, {@code header}, {@code path}), or empty when Prism validates that part. For {@code
   * body}, the first media type whose schema Prism cannot compile (a finding does not name its
   * media type).
   */
  Optional<Gap> requestGap(OperationPlans.Plan plan, List<String> location) {
    if (location.isEmpty()) {
      return Optional.empty();
    }
    String first = location.get(0);
    for (Map.Entry<String, Optional<String>> e : requestScopes(plan).entrySet()) {
      boolean same =
          first.equals("body")
              ? e.getKey().startsWith("request body ")
              : e.getKey().equals("request " + first);
      if (same && e.getValue().isPresent()) {
        return Optional.of(new Gap(e.getKey(), e.getValue().get()));
      }
    }
    return Optional.empty();
  }

  /**
   * The request parts of an operation Prism compiles a schema for, each with its refusal (worked
   * out once per operation).
   */
  private Map<String, Optional<String>> requestScopes(OperationPlans.Plan plan) {
    return byRequest.computeIfAbsent(new ModelKey(plan.operation()), k -> scopesOf(plan));
  }

  private Map<String, Optional<String>> scopesOf(OperationPlans.Plan plan) {
    Map<String, Optional<String>> out = new java.util.LinkedHashMap<>();
    if (plan.requestBody() != null && plan.requestBody().getContent() != null) {
      plan.requestBody()
          .getContent()
          .forEach(
              (type, media) -> {
                if (media != null && media.getSchema() != null) {
                  out.put("request body " + type, refusal(media.getSchema(), Use.REQUEST_BODY));
                }
              });
    }
    for (String in : List.of("query", "header", "path")) {
      List<Parameter> group = plan.parameters().stream().filter(p -> in.equals(p.getIn())).toList();
      if (!group.isEmpty()) {
        out.put("request " + in, refusal(group));
      }
    }
    return out;
  }

  private Map<String, Optional<String>> responseScopes(
      OperationPlans.Plan plan, OperationPlans plans) {
    Map<String, Optional<String>> out = new java.util.LinkedHashMap<>();
    if (plan.operation().getResponses() == null) {
      return out;
    }
    plan.operation()
        .getResponses()
        .forEach(
            (code, response) -> {
              if (response.getContent() != null) {
                response
                    .getContent()
                    .forEach(
                        (type, media) -> {
                          if (media != null && media.getSchema() != null) {
                            out.put(
                                "response " + code + " body " + type,
                                refusal(media.getSchema(), Use.RESPONSE_BODY));
                          }
                        });
              }
              if (response.getHeaders() != null && !response.getHeaders().isEmpty()) {
                out.put("response " + code + " headers", headersRefusal(response, plans));
              }
            });
    return out;
  }

  /** Why Prism cannot compile the schema of a response's headers, or empty. */
  Optional<String> headersRefusal(
      io.swagger.v3.oas.models.responses.ApiResponse response, OperationPlans plans) {
    for (var e : response.getHeaders().entrySet()) {
      var header = plans.deref(e.getValue());
      Optional<String> why =
          header == null ? Optional.empty() : refusal(header.getSchema(), Use.PARAMETER);
      if (why.isPresent()) {
        return Optional.of("header " + e.getKey() + ": " + why.get());
      }
    }
    return Optional.empty();
  }

  /** Whether Prism's validator compiles {@code pattern} (JavaScript, unicode mode). */
  public static boolean acceptsPattern(String pattern) {
    return JsPatternSyntax.refusal(pattern).isEmpty();
  }

  /** Where a schema is used: Prism prepares body schemas before compiling them. */
  public enum Use {
    /** A parameter or header schema: compiled as written. */
    PARAMETER,
    /** A request body: {@code allOf} merged, {@code readOnly} properties taken out. */
    REQUEST_BODY,
    /** A response body: {@code allOf} merged, {@code writeOnly} properties taken out. */
    RESPONSE_BODY
  }

  /** Why Prism's validator cannot compile {@code schema} used so, or empty when it can. */
  public Optional<String> refusal(Schema<?> schema, Use use) {
    if (schema == null) {
      return Optional.empty();
    }
    return bySchema.computeIfAbsent(new UseKey(new ModelKey(schema), use), k -> walk(schema, use));
  }

  private record UseKey(ModelKey schema, Use use) {}

  /**
   * Why Prism cannot compile the schema it builds from a group of parameters (one property per
   * parameter), or empty when it can.
   */
  public Optional<String> refusal(List<Parameter> group) {
    for (Parameter p : group) {
      Optional<String> why = refusal(p.getSchema(), Use.PARAMETER);
      if (why.isPresent()) {
        return Optional.of("parameter " + p.getName() + ": " + why.get());
      }
    }
    return Optional.empty();
  }

  /**
   * Visits the schema as Prism compiles it. For a body, Prism first merges every {@code allOf} into
   * its parent (json-schema-merge-allof, deep), so each node visited is a group: a schema with its
   * {@code allOf} members, their properties of one name merged in turn; types intersect, the enums
   * of two or more members intersect (so a repeated item is gone; a single enum is kept as
   * written), every pattern is kept. Then it takes the {@code readOnly} (request) or {@code
   * writeOnly} (response) properties out. Parameters are compiled as written: each schema is a
   * group of one.
   */
  private Optional<String> walk(Schema<?> root, Use use) {
    boolean merge = use != Use.PARAMETER;
    Set<List<ModelKey>> seen = new HashSet<>();
    List<List<Schema>> todo = new ArrayList<>();
    todo.add(group(List.of(root), merge));
    while (!todo.isEmpty()) {
      List<Schema> group = todo.remove(todo.size() - 1);
      if (group.isEmpty() || !seen.add(group.stream().map(ModelKey::new).toList())) {
        continue;
      }
      Optional<String> why = own(group);
      if (why.isPresent()) {
        return why;
      }
      children(group, use, merge, todo);
    }
    return Optional.empty();
  }

  /** The schemas (followed through {@code $ref}) that one node of the compiled schema merges. */
  private List<Schema> group(List<? extends Schema> declared, boolean merge) {
    List<Schema> out = new ArrayList<>();
    Set<Schema> in = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Schema> todo = new ArrayList<>(declared);
    while (!todo.isEmpty()) {
      Schema<?> schema = locator.deref(todo.remove(0));
      if (schema == null || !in.add(schema)) {
        continue;
      }
      out.add(schema);
      if (merge && schema.getAllOf() != null) {
        todo.addAll(schema.getAllOf());
      }
    }
    return out;
  }

  /** What Ajv refuses in this node itself, children aside. */
  private Optional<String> own(List<Schema> group) {
    Set<String> types = null;
    boolean untypedNullable = false;
    for (Schema<?> schema : group) {
      List<String> written = types(schema);
      Boolean nullable = schema.getNullable();
      boolean converted =
          converts
              && nullable != null
              && written.size() == 1
              && JSON_TYPES.contains(written.get(0));
      for (String type : written) {
        if (!JSON_TYPES.contains(type)) {
          return Optional.of("type " + type + " is not a JSON Schema type");
        }
      }
      if (nullable != null && !converted) {
        if (written.contains("null") && !nullable) {
          return Optional.of("type null beside nullable: false");
        }
        untypedNullable |= written.isEmpty();
      }
      if (!written.isEmpty()) {
        Set<String> these = new HashSet<>(written);
        if (converted && nullable) {
          these.add("null");
        }
        if (types == null) {
          types = these;
        } else {
          types.retainAll(these);
        }
      }
    }
    if (untypedNullable && (types == null || types.isEmpty())) {
      return Optional.of("nullable without type");
    }
    // The merge keeps the first enum when every member's lists the same items (as sets), and
    // intersects them otherwise (each item once).
    List<Schema> enums = group.stream().filter(m -> m.getEnum() != null).toList();
    if (!enums.isEmpty() && enums.stream().map(this::itemSet).distinct().count() == 1) {
      Optional<String> twice = enumTwice(enums.get(0));
      if (twice.isPresent()) {
        return twice;
      }
    }
    for (Schema<?> schema : group) {
      Set<String> patterns = new LinkedHashSet<>();
      if (schema.getPattern() != null) {
        patterns.add(schema.getPattern());
      }
      if (schema.getPatternProperties() != null) {
        patterns.addAll(schema.getPatternProperties().keySet());
      }
      for (String pattern : patterns) {
        Optional<String> refused = JsPatternSyntax.refusal(pattern);
        if (refused.isPresent()) {
          return Optional.of(
              "pattern "
                  + pattern
                  + " is not a JavaScript unicode regular expression ("
                  + refused.get()
                  + ")");
        }
      }
    }
    return Optional.empty();
  }

  /** An enum that is empty or lists an item twice (after {@code null} is added for nullable). */
  private Optional<String> enumTwice(Schema<?> schema) {
    List<Object> items = convertedEnum(schema);
    if (items.isEmpty()) {
      return Optional.of("an empty enum");
    }
    Set<Object> distinct = new HashSet<>();
    for (Object item : items) {
      if (!distinct.add(comparable(item))) {
        return Optional.of("enum lists " + item + " twice");
      }
    }
    return Optional.empty();
  }

  /** The enum after Prism's conversion: {@code null} appended when a typed schema is nullable. */
  private List<Object> convertedEnum(Schema<?> schema) {
    List<Object> items = new ArrayList<>(schema.getEnum());
    List<String> written = types(schema);
    if (converts
        && Boolean.TRUE.equals(schema.getNullable())
        && written.size() == 1
        && JSON_TYPES.contains(written.get(0))) {
      items.add(null);
    }
    return items;
  }

  private Set<Object> itemSet(Schema<?> schema) {
    Set<Object> items = new HashSet<>();
    convertedEnum(schema).forEach(item -> items.add(comparable(item)));
    return items;
  }

  /** The nodes under this one; in a body, properties Prism takes out are left out. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private void children(List<Schema> group, Use use, boolean merge, List<List<Schema>> out) {
    Map<String, List<Schema>> properties = new java.util.LinkedHashMap<>();
    List<Schema> items = new ArrayList<>();
    List<Schema> additional = new ArrayList<>();
    for (Schema<?> schema : group) {
      if (schema.getProperties() != null) {
        schema
            .getProperties()
            .forEach(
                (name, property) ->
                    properties.computeIfAbsent(name, k -> new ArrayList<>()).add(property));
      }
      if (schema.getItems() != null) {
        items.add(schema.getItems());
      }
      if (schema.getAdditionalProperties() instanceof Schema<?> extra) {
        additional.add(extra);
      }
      if (schema.getPatternProperties() != null) {
        schema.getPatternProperties().values().forEach(p -> out.add(group(List.of(p), merge)));
      }
      for (List<Schema> list :
          new List[] {
            merge ? null : schema.getAllOf(),
            schema.getAnyOf(),
            schema.getOneOf(),
            schema.getPrefixItems()
          }) {
        if (list != null) {
          list.forEach(branch -> out.add(group(List.of(branch), merge)));
        }
      }
      if (schema.getNot() != null) {
        out.add(group(List.of(schema.getNot()), merge));
      }
    }
    for (List<Schema> property : properties.values()) {
      List<Schema> node = group(property, merge);
      if (!takenOut(node, use)) {
        out.add(node);
      }
    }
    if (!items.isEmpty()) {
      out.add(group(items, merge));
    }
    if (!additional.isEmpty()) {
      out.add(group(additional, merge));
    }
  }

  /** Whether Prism takes this property out of a body before compiling (readOnly, writeOnly). */
  private static boolean takenOut(List<Schema> property, Use use) {
    return switch (use) {
      case PARAMETER -> false;
      case REQUEST_BODY -> property.stream().anyMatch(p -> Boolean.TRUE.equals(p.getReadOnly()));
      case RESPONSE_BODY -> property.stream().anyMatch(p -> Boolean.TRUE.equals(p.getWriteOnly()));
    };
  }

  /** The types as written: {@code type} of a 3.0 schema, {@code type} or its list in 3.1. */
  private static List<String> types(Schema<?> schema) {
    if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
      return List.copyOf(schema.getTypes());
    }
    return schema.getType() == null ? List.of() : List.of(schema.getType());
  }

  /** An enum item as JSON compares it (1 and 1.0 are one number). */
  private static Object comparable(Object item) {
    if (item == null) {
      return JsonNullKey.INSTANCE;
    }
    JsonNode node = Json.toNode(item);
    if (node.isNumber()) {
      return new BigDecimal(node.asText()).stripTrailingZeros();
    }
    return node;
  }

  private enum JsonNullKey {
    INSTANCE
  }
}
