package dev.paycontract.mock.internal.body.dynamic;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The effective constraints of one schema for dynamic generation: {@code $ref}s followed, {@code
 * allOf} members merged, {@code nullable} and 3.1 type arrays folded into {@link #types} and {@link
 * #nullable}, patterns compiled. Built once per schema by {@link SchemaPlanner}; read-only
 * afterwards. Identity equality on purpose: plans are cache keys.
 */
final class SchemaPlan {

  /** Allowed non-null JSON types ({@code integer} included); empty means any. */
  Set<String> types = new LinkedHashSet<>();

  boolean nullable;

  /** True when the schema allows only JSON null ({@code type: 'null'}). */
  boolean nullOnly;

  JsonNode constant;
  List<JsonNode> enumValues;
  String format;
  final List<Pattern> patterns = new ArrayList<>();
  final List<String> patternSources = new ArrayList<>();
  Integer minLength;
  Integer maxLength;
  BigDecimal minimum;
  boolean exclusiveMinimum;
  BigDecimal maximum;
  boolean exclusiveMaximum;
  BigDecimal multipleOf;
  final Map<String, Schema<?>> properties = new LinkedHashMap<>();
  final Set<String> required = new LinkedHashSet<>();
  Schema<?> additionalSchema;
  boolean additionalForbidden;
  Integer minProperties;
  Integer maxProperties;
  Schema<?> items;
  Integer minItems;
  Integer maxItems;
  boolean uniqueItems;

  /** oneOf / anyOf groups still to choose from; one branch of each is merged in at generation. */
  final List<List<Schema<?>>> choiceGroups = new ArrayList<>();

  boolean writeOnly;

  SchemaPlan copy() {
    SchemaPlan c = new SchemaPlan();
    c.types = new LinkedHashSet<>(types);
    c.nullable = nullable;
    c.nullOnly = nullOnly;
    c.constant = constant;
    c.enumValues = enumValues;
    c.format = format;
    c.patterns.addAll(patterns);
    c.patternSources.addAll(patternSources);
    c.minLength = minLength;
    c.maxLength = maxLength;
    c.minimum = minimum;
    c.exclusiveMinimum = exclusiveMinimum;
    c.maximum = maximum;
    c.exclusiveMaximum = exclusiveMaximum;
    c.multipleOf = multipleOf;
    c.properties.putAll(properties);
    c.required.addAll(required);
    c.additionalSchema = additionalSchema;
    c.additionalForbidden = additionalForbidden;
    c.minProperties = minProperties;
    c.maxProperties = maxProperties;
    c.items = items;
    c.minItems = minItems;
    c.maxItems = maxItems;
    c.uniqueItems = uniqueItems;
    c.choiceGroups.addAll(choiceGroups);
    c.writeOnly = writeOnly;
    return c;
  }

  boolean hasObjectKeywords() {
    return !properties.isEmpty()
        || additionalSchema != null
        || !required.isEmpty()
        || minProperties != null
        || maxProperties != null;
  }

  boolean hasArrayKeywords() {
    return items != null || minItems != null || maxItems != null;
  }

  boolean hasStringKeywords() {
    return minLength != null || maxLength != null || !patterns.isEmpty() || format != null;
  }

  boolean hasNumberKeywords() {
    return minimum != null || maximum != null || multipleOf != null;
  }
}
