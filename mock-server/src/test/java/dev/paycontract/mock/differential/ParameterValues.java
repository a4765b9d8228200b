package dev.paycontract.mock.differential;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.internal.body.sample.SchemaSampler;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.spec.Refs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import net.datafaker.Faker;

/**
 * Values for request parameters that are valid against their schemas: the parameter's example, else
 * the schema's static sample, else (when the sample breaks the {@code pattern}) a string generated
 * from the pattern. Also the one value per parameter that is certainly invalid.
 */
final class ParameterValues {

  private final Refs refs;
  private final SchemaSampler sampler;
  private final Faker faker = new Faker(new Random(42));

  ParameterValues(OpenAPI api, Refs refs) {
    this.refs = refs;
    this.sampler = new SchemaSampler(api, refs);
  }

  /** The valid value as a list of strings: one entry, or one per array item. */
  List<String> valid(Parameter parameter) {
    Object example = parameter.getExample();
    if (example == null && parameter.getExamples() != null && !parameter.getExamples().isEmpty()) {
      Example first = refs.example(parameter.getExamples().values().iterator().next());
      example = first == null ? null : first.getValue();
    }
    if (example != null) {
      return texts(Json.toNode(example));
    }
    Schema<?> schema = schema(parameter);
    JsonNode sample =
        schema == null ? null : sampler.sample(schema, parameter.getName()).orElse(null);
    List<String> values = sample == null || sample.isMissingNode() ? List.of("x") : texts(sample);
    String pattern = schema == null ? null : schema.getPattern();
    if (pattern != null && !values.stream().allMatch(v -> matches(pattern, v))) {
      return List.of(fromPattern(pattern).orElse(values.get(0)));
    }
    return values;
  }

  /** A value this parameter's schema rejects, or empty when any string is valid. */
  Optional<String> invalid(Parameter parameter) {
    Schema<?> schema = schema(parameter);
    if (schema == null) {
      return Optional.empty();
    }
    String type = type(schema);
    if ("integer".equals(type) || "number".equals(type) || "boolean".equals(type)) {
      return Optional.of("not-a-" + type);
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return Optional.of("not-in-enum");
    }
    if (schema.getPattern() != null && !matches(schema.getPattern(), "~invalid~")) {
      return Optional.of("~invalid~");
    }
    if (schema.getFormat() != null
        && List.of("uuid", "date", "date-time", "email", "uri", "ipv4")
            .contains(schema.getFormat())) {
      return Optional.of("not-a-" + schema.getFormat());
    }
    if (schema.getMinLength() != null && schema.getMinLength() > 1) {
      return Optional.of("a");
    }
    return Optional.empty();
  }

  Schema<?> schema(Parameter parameter) {
    Schema<?> schema = parameter.getSchema();
    if (schema == null && parameter.getContent() != null && !parameter.getContent().isEmpty()) {
      schema = parameter.getContent().values().iterator().next().getSchema();
    }
    return schema == null ? null : refs.schema(schema);
  }

  private static String type(Schema<?> schema) {
    if (schema.getType() != null) {
      return schema.getType();
    }
    return schema.getTypes() == null || schema.getTypes().isEmpty()
        ? null
        : schema.getTypes().iterator().next();
  }

  private static List<String> texts(JsonNode node) {
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(item -> values.add(text(item)));
      return values.isEmpty() ? List.of("x") : values;
    }
    return List.of(text(node));
  }

  private static String text(JsonNode node) {
    return node.isValueNode() ? node.asText() : node.toString();
  }

  private static boolean matches(String pattern, String value) {
    try {
      return Pattern.compile(pattern).matcher(value).find();
    } catch (RuntimeException e) {
      return true; // a pattern Java cannot read: nothing to check
    }
  }

  private Optional<String> fromPattern(String pattern) {
    String bare = pattern.replaceAll("^\\^", "").replaceAll("(?<!\\\\)\\$$", "");
    try {
      String value = faker.regexify(bare);
      return matches(pattern, value) ? Optional.of(value) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
