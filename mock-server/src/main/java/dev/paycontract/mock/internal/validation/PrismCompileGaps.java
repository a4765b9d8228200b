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
 * the referenced schemas before compiling. Answers are cached per schema; thread-safe.
 */
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
  private final Map<ModelKey, Optional<String>> bySchema = new ConcurrentHashMap<>();

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

  /** The request parts of an operation Prism compiles a schema for, each with its refusal. */
  Map<String, Optional<String>> requestScopes(OperationPlans.Plan plan) {
    Map<String, Optional<String>> out = new java.util.LinkedHashMap<>();
    if (plan.requestBody() != null && plan.requestBody().getContent() != null) {
      plan.requestBody()
          .getContent()
          .forEach(
              (type, media) -> {
                if (media != null && media.getSchema() != null) {
                  out.put("request body " + type, refusal(media.getSchema()));
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
                                "response " + code + " body " + type, refusal(media.getSchema()));
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
      Optional<String> why = header == null ? Optional.empty() : refusal(header.getSchema());
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

  /** Why Prism's validator cannot compile {@code schema}, or empty when it can. */
  public Optional<String> refusal(Schema<?> schema) {
    if (schema == null) {
      return Optional.empty();
    }
    return bySchema.computeIfAbsent(new ModelKey(schema), k -> walk(schema));
  }

  /**
   * Why Prism cannot compile the schema it builds from a group of parameters (one property per
   * parameter), or empty when it can.
   */
  public Optional<String> refusal(List<Parameter> group) {
    for (Parameter p : group) {
      Optional<String> why = refusal(p.getSchema());
      if (why.isPresent()) {
        return Optional.of("parameter " + p.getName() + ": " + why.get());
      }
    }
    return Optional.empty();
  }

  private Optional<String> walk(Schema<?> root) {
    Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Schema<?>> todo = new ArrayList<>();
    todo.add(root);
    while (!todo.isEmpty()) {
      Schema<?> declared = todo.remove(todo.size() - 1);
      Schema<?> schema = locator.deref(declared);
      if (schema == null || !seen.add(schema)) {
        continue;
      }
      Optional<String> why = own(schema);
      if (why.isPresent()) {
        String name = declared.get$ref() == null ? "" : " (in " + declared.get$ref() + ")";
        return Optional.of(why.get() + name);
      }
      children(schema, todo);
    }
    return Optional.empty();
  }

  /** What Ajv refuses in this schema object itself, children aside. */
  private Optional<String> own(Schema<?> schema) {
    List<String> types = types(schema);
    Boolean nullable = schema.getNullable();
    List<?> enumeration = schema.getEnum() == null ? null : new ArrayList<>(schema.getEnum());
    if (converts && nullable != null && types.size() == 1 && JSON_TYPES.contains(types.get(0))) {
      if (nullable) {
        types = List.of(types.get(0), "null");
        if (enumeration != null) {
          List<Object> withNull = new ArrayList<>(enumeration);
          withNull.add(null);
          enumeration = withNull;
        }
      }
      nullable = null; // the conversion removes the keyword
    }
    for (String type : types) {
      if (!JSON_TYPES.contains(type)) {
        return Optional.of("type " + type + " is not a JSON Schema type");
      }
    }
    if (nullable != null) {
      if (types.isEmpty()) {
        return Optional.of("nullable without type");
      }
      if (types.contains("null") && !nullable) {
        return Optional.of("type null beside nullable: false");
      }
    }
    if (enumeration != null) {
      if (enumeration.isEmpty()) {
        return Optional.of("an empty enum");
      }
      Set<Object> items = new HashSet<>();
      for (Object item : enumeration) {
        if (!items.add(comparable(item))) {
          return Optional.of("enum lists " + item + " twice");
        }
      }
    }
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
    return Optional.empty();
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

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void children(Schema<?> schema, List<Schema<?>> out) {
    if (schema.getProperties() != null) {
      out.addAll((java.util.Collection) schema.getProperties().values());
    }
    if (schema.getPatternProperties() != null) {
      out.addAll((java.util.Collection) schema.getPatternProperties().values());
    }
    if (schema.getItems() != null) {
      out.add(schema.getItems());
    }
    if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
      out.add(additional);
    }
    for (List<Schema> list :
        new List[] {
          schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(), schema.getPrefixItems()
        }) {
      if (list != null) {
        out.addAll((java.util.Collection) list);
      }
    }
    if (schema.getNot() != null) {
      out.add(schema.getNot());
    }
  }
}
