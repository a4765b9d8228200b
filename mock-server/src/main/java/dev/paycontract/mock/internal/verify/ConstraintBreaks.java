package dev.paycontract.mock.internal.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Derives negative cases from an operation's request schemas: for each constraint of the body
 * schema and of the parameters (required, enum, pattern, minimum, maximum, minLength, maxLength,
 * type, format), one change to a valid request that breaks only that constraint. The body schema is
 * walked along the valid body's own structure (objects member by member, arrays through their first
 * element), so every derived request differs from the valid one in one place. Used by {@code
 * verify} (the live server must answer a declared 4xx) and by the contract tests (the mock must
 * reject them).
 *
 * <p>Left out on purpose: a path parameter cannot be removed or emptied (the request would no
 * longer reach the operation); a string parameter cannot have the wrong type; numeric formats
 * ({@code int32}, {@code double}) and formats no validator checks ({@code password}) are not
 * broken; composed schemas ({@code allOf}/{@code oneOf}) are not walked.
 */
public final class ConstraintBreaks {

  /**
   * One parameter changed.
   *
   * @param key the parameter, as {@code "<in> <name>"} ({@code "query limit"})
   * @param value its new text, or null when it is left out
   * @param location where the violation is, as in Prism's {@code sl-violations} without the leading
   *     {@code "request"}: {@code ["query","limit"]}; header names in lower case
   * @param code the JSON-Schema keyword broken ({@code minimum}, {@code required}, ...)
   * @param change what was changed, for messages
   */
  public record ParameterBreak(
      String key, String value, List<String> location, String code, String change) {}

  /**
   * The body changed in one place.
   *
   * @param body the whole changed body
   * @param location {@code ["body","order_amount","amount_in_cents"]}
   * @param code the JSON-Schema keyword broken
   * @param change what was changed, for messages
   */
  public record BodyBreak(JsonNode body, List<String> location, String code, String change) {}

  @SuppressWarnings("rawtypes")
  private final UnaryOperator<Schema> resolve;

  private final List<ParameterBreak> parameterBreaks = new ArrayList<>();
  private final List<BodyBreak> bodyBreaks = new ArrayList<>();
  private JsonNode validBody;

  @SuppressWarnings("rawtypes")
  private ConstraintBreaks(UnaryOperator<Schema> resolve) {
    this.resolve = resolve;
  }

  /**
   * @param parameters the operation's parameters (path item and operation), references followed
   * @param values the valid request's parameter texts by {@code "<in> <name>"}
   * @param resolve follows a schema {@code $ref}; returns any other schema as is
   */
  @SuppressWarnings("rawtypes")
  public static List<ParameterBreak> parameters(
      List<Parameter> parameters, Map<String, String> values, UnaryOperator<Schema> resolve) {
    ConstraintBreaks derived = new ConstraintBreaks(resolve);
    derived.parameters(parameters, values);
    return List.copyOf(derived.parameterBreaks);
  }

  /**
   * @param schema the request body's schema for its media type
   * @param body the valid body
   * @param resolve follows a schema {@code $ref}; returns any other schema as is
   */
  @SuppressWarnings("rawtypes")
  public static List<BodyBreak> body(Schema schema, JsonNode body, UnaryOperator<Schema> resolve) {
    ConstraintBreaks derived = new ConstraintBreaks(resolve);
    derived.validBody = body;
    derived.walk(schema, body, List.of());
    return List.copyOf(derived.bodyBreaks);
  }

  private void parameters(List<Parameter> parameters, Map<String, String> values) {
    for (Parameter parameter : parameters) {
      String key = parameter.getIn() + " " + parameter.getName();
      String value = values.get(key);
      String in = parameter.getIn();
      boolean path = "path".equals(in);
      // Prism reports header names in lower case.
      List<String> location =
          List.of(
              in,
              "header".equals(in)
                  ? parameter.getName().toLowerCase(Locale.ROOT)
                  : parameter.getName());
      if (value == null) {
        continue;
      }
      if (!path && Boolean.TRUE.equals(parameter.getRequired())) {
        parameterBreaks.add(new ParameterBreak(key, null, List.of(in), "required", "left out"));
      }
      Schema<?> schema = resolve.apply(parameter.getSchema());
      if (schema == null) {
        continue;
      }
      for (ValueBreaks.Broken broken : ValueBreaks.of(schema, TextNode.valueOf(value))) {
        String text = text(broken.value());
        if ("type".equals(broken.code()) && broken.value().isNumber()) {
          continue; // a parameter is text: a number in place of a string is still a string
        }
        if (text.isEmpty() && !"query".equals(in)) {
          // An empty path segment routes elsewhere, and Prism (so the mock) reads an empty header
          // as an absent one (checked against Prism 5.16.0: an empty Sezzle-Request-Id is a 200).
          continue;
        }
        parameterBreaks.add(
            new ParameterBreak(key, text, location, broken.code(), broken.change()));
      }
    }
  }

  /** A parameter's text: a value node as is, anything else as JSON. */
  public static String text(JsonNode value) {
    return value.isValueNode() ? value.asText() : value.toString();
  }

  @SuppressWarnings("rawtypes")
  private void walk(Schema declared, JsonNode value, List<String> at) {
    Schema<?> schema = resolve.apply(declared);
    if (schema == null) {
      return;
    }
    for (ValueBreaks.Broken broken : ValueBreaks.of(schema, value)) {
      addBody(at, root -> set(root, at, broken.value()), at, broken.code(), broken.change());
    }
    if (value.isObject()) {
      if (schema.getRequired() != null) {
        for (String name : schema.getRequired()) {
          if (value.has(name)) {
            List<String> member = append(at, name);
            addBody(member, root -> remove(root, member), at, "required", "left out");
          }
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        Schema memberSchema =
            schema.getProperties() != null ? schema.getProperties().get(member.getKey()) : null;
        if (memberSchema == null && schema.getAdditionalProperties() instanceof Schema values) {
          memberSchema = values;
        }
        if (memberSchema != null) {
          walk(memberSchema, member.getValue(), append(at, member.getKey()));
        }
      }
    } else if (value.isArray() && !value.isEmpty() && schema.getItems() != null) {
      walk(schema.getItems(), value.get(0), append(at, "0"));
    }
  }

  private void addBody(
      List<String> changed,
      UnaryOperator<JsonNode> change,
      List<String> at,
      String code,
      String what) {
    JsonNode body = change.apply(validBody.deepCopy());
    List<String> location = new ArrayList<>();
    location.add("body");
    location.addAll(at);
    String where = changed.isEmpty() ? "body" : String.join(".", changed);
    bodyBreaks.add(new BodyBreak(body, List.copyOf(location), code, where + " " + what));
  }

  private static JsonNode set(JsonNode root, List<String> at, JsonNode value) {
    if (at.isEmpty()) {
      return value;
    }
    JsonNode parent = navigate(root, at.subList(0, at.size() - 1));
    String last = at.get(at.size() - 1);
    if (parent.isArray()) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
    return root;
  }

  private static JsonNode remove(JsonNode root, List<String> at) {
    ((ObjectNode) navigate(root, at.subList(0, at.size() - 1))).remove(at.get(at.size() - 1));
    return root;
  }

  private static JsonNode navigate(JsonNode root, List<String> at) {
    JsonNode node = root;
    for (String segment : at) {
      node = node.isArray() ? node.get(Integer.parseInt(segment)) : node.get(segment);
    }
    return node;
  }

  private static List<String> append(List<String> at, String segment) {
    List<String> longer = new ArrayList<>(at);
    longer.add(segment);
    return List.copyOf(longer);
  }
}
