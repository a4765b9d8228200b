package dev.paycontract.mock.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} request body turned into the object Prism validates
 * (docs/prism-compatibility.md, "Form bodies"): every pair split on {@code &} and {@code =}, the
 * last value of a repeated name wins, only the schema's properties are kept (all pairs when it
 * declares none), and scalars are coerced to the property's type as Ajv's {@code coerceTypes} does
 * ({@code "true"} to a boolean, {@code "12"} to a number); a value that does not coerce stays a
 * string and fails the type check. Properties with an {@code encoding} of style {@code form} and an
 * array schema collect every value of their name.
 */
final class FormBody {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SchemaLocator locator;

  FormBody(SchemaLocator locator) {
    this.locator = locator;
  }

  ObjectNode decode(String text, Schema<?> schema, Map<String, Encoding> encodings) {
    Map<String, List<String>> pairs = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      pairs.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    ObjectNode out = NODES.objectNode();
    @SuppressWarnings("rawtypes")
    Map<String, Schema> properties = schema == null ? null : schema.getProperties();
    if (properties == null || properties.isEmpty()) {
      pairs.forEach((name, values) -> out.put(name, values.get(values.size() - 1)));
      return out;
    }
    properties.forEach(
        (name, declared) -> {
          List<String> values = pairs.get(name);
          if (values == null) {
            return;
          }
          Schema<?> property = locator.deref(declared);
          Encoding encoding = encodings == null ? null : encodings.get(name);
          if (encoding != null && "array".equals(type(property))) {
            var array = out.putArray(name);
            Schema<?> items =
                property.getItems() == null ? null : locator.deref(property.getItems());
            values.forEach(v -> array.add(coerce(v, items)));
            return;
          }
          out.set(name, coerce(values.get(values.size() - 1), property));
        });
    return out;
  }

  private static JsonNode coerce(String value, Schema<?> schema) {
    String type = schema == null ? null : type(schema);
    if (type == null) {
      return NODES.textNode(value);
    }
    switch (type) {
      case "boolean" -> {
        if (value.equals("true") || value.equals("false")) {
          return NODES.booleanNode(Boolean.parseBoolean(value));
        }
      }
      case "integer", "number" -> {
        try {
          BigDecimal number = new BigDecimal(value.trim());
          if (!value.isBlank()) {
            return number.stripTrailingZeros().scale() <= 0
                ? NODES.numberNode(number.toBigIntegerExact())
                : NODES.numberNode(number);
          }
        } catch (NumberFormatException | ArithmeticException notANumber) {
          // stays a string: the type check reports it
        }
      }
      case "null" -> {
        if (value.isEmpty()) {
          return NODES.nullNode();
        }
      }
      default -> {
        // strings stay as they are; arrays and objects get the string and fail their type check
      }
    }
    return NODES.textNode(value);
  }

  private static String type(Schema<?> schema) {
    if (schema.getType() != null) {
      return schema.getType();
    }
    return schema.getTypes() == null || schema.getTypes().isEmpty()
        ? null
        : schema.getTypes().iterator().next();
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text; // Prism keeps an undecodable value as sent
    }
  }
}
