package dev.paycontract.client.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.media.Schema;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares an example with what the generated model wrote back, structurally and guided by the
 * schema. Equal means: same members (none lost, renamed or added), same nulls, same strings and
 * booleans, same numbers by value ({@code 2.00} = {@code 2.0}), and, only where the schema says
 * {@code format: date-time}, the same instant ({@code ...17.000Z} = {@code ...17Z}). One addition
 * is equivalent by the OpenAPI spec itself: a member the example leaves out, written back with
 * exactly the schema's {@code default} (OAS 3.0.3, Schema Object: the default "represents what
 * would be assumed by the consumer of the input as the value of the schema if one is not
 * provided").
 */
public final class JsonEquivalence {

  private static final ObjectMapper TREES = new ObjectMapper();

  private final ProviderSpec spec;
  private final List<String> differences = new ArrayList<>();

  private JsonEquivalence(ProviderSpec spec) {
    this.spec = spec;
  }

  /** The differences, one per line as {@code /json/pointer: what differs}; empty when equal. */
  @SuppressWarnings("rawtypes")
  public static List<String> differences(
      ProviderSpec spec, Schema schema, JsonNode expected, JsonNode actual) {
    JsonEquivalence equivalence = new JsonEquivalence(spec);
    equivalence.compare("", schema, expected, actual);
    return equivalence.differences;
  }

  @SuppressWarnings("rawtypes")
  private void compare(String pointer, Schema declared, JsonNode expected, JsonNode actual) {
    Schema schema = declared == null ? null : spec.resolve(declared);
    if (expected.isObject() && actual.isObject()) {
      compareObjects(pointer, schema, expected, actual);
    } else if (expected.isArray() && actual.isArray()) {
      compareArrays(pointer, schema, expected, actual);
    } else if (expected.isNumber() && actual.isNumber()) {
      if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
        differ(pointer, expected, actual);
      }
    } else if (expected.isTextual() && actual.isTextual() && isDateTime(schema)) {
      if (!sameInstant(expected.textValue(), actual.textValue())) {
        differ(pointer, expected, actual);
      }
    } else if (!expected.equals(actual)) {
      differ(pointer, expected, actual);
    }
  }

  @SuppressWarnings("rawtypes")
  private void compareObjects(String pointer, Schema schema, JsonNode expected, JsonNode actual) {
    Map<String, Schema> properties = schema == null ? null : schema.getProperties();
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      String at = pointer + "/" + member.getKey();
      if (!actual.has(member.getKey())) {
        differences.add(at + ": lost (example has " + member.getValue() + ")");
      } else {
        compare(
            at,
            memberSchema(schema, properties, member.getKey()),
            member.getValue(),
            actual.get(member.getKey()));
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = actual.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      if (!expected.has(member.getKey())
          && !isDefault(
              properties == null ? null : properties.get(member.getKey()), member.getValue())) {
        differences.add(pointer + "/" + member.getKey() + ": added " + member.getValue());
      }
    }
  }

  @SuppressWarnings("rawtypes")
  private void compareArrays(String pointer, Schema schema, JsonNode expected, JsonNode actual) {
    if (expected.size() != actual.size()) {
      differ(pointer, expected, actual);
      return;
    }
    Schema items = schema == null ? null : schema.getItems();
    for (int i = 0; i < expected.size(); i++) {
      compare(pointer + "/" + i, items, expected.get(i), actual.get(i));
    }
  }

  @SuppressWarnings("rawtypes")
  private static Schema memberSchema(Schema schema, Map<String, Schema> properties, String name) {
    if (properties != null && properties.containsKey(name)) {
      return properties.get(name);
    }
    return schema != null && schema.getAdditionalProperties() instanceof Schema values
        ? values
        : null;
  }

  @SuppressWarnings("rawtypes")
  private boolean isDefault(Schema declared, JsonNode written) {
    if (declared == null) {
      return false;
    }
    Object defaultValue = spec.resolve(declared).getDefault();
    if (defaultValue == null) {
      return false;
    }
    JsonEquivalence inner = new JsonEquivalence(spec);
    inner.compare("", declared, TREES.valueToTree(defaultValue), written);
    return inner.differences.isEmpty();
  }

  @SuppressWarnings("rawtypes")
  private static boolean isDateTime(Schema schema) {
    return schema != null
        && "string".equals(schema.getType())
        && "date-time".equals(schema.getFormat());
  }

  private static boolean sameInstant(String expected, String actual) {
    try {
      return OffsetDateTime.parse(expected).isEqual(OffsetDateTime.parse(actual));
    } catch (DateTimeParseException notADateTime) {
      return expected.equals(actual);
    }
  }

  private void differ(String pointer, JsonNode expected, JsonNode actual) {
    differences.add(
        (pointer.isEmpty() ? "/" : pointer)
            + ": example has "
            + expected
            + ", written back as "
            + actual);
  }
}
