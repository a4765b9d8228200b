package dev.paycontract.mock.internal.body.dynamic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.spec.Refs;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Builds and caches {@link SchemaPlan}s, keyed by schema identity (the parsed spec is immutable
 * while served), so refs, allOf merges and regexes are worked out once per schema, not per request.
 * Thread-safe.
 */
final class SchemaPlanner {

  private final Refs refs;
  private final Map<Schema<?>, SchemaPlan> plans =
      Collections.synchronizedMap(new IdentityHashMap<>());
  private final Map<SchemaPlan, Map<Schema<?>, SchemaPlan>> variants =
      Collections.synchronizedMap(new IdentityHashMap<>());

  SchemaPlanner(Refs refs) {
    this.refs = refs;
  }

  /** The schema a {@code $ref} points to (the schema itself when it is inline). */
  @SuppressWarnings({"rawtypes", "unchecked"})
  Schema<?> target(Schema<?> schema) {
    return (Schema<?>) refs.schema((Schema) schema);
  }

  SchemaPlan plan(Schema<?> schema) {
    SchemaPlan cached = plans.get(schema);
    if (cached != null) {
      return cached;
    }
    SchemaPlan built = build(schema, Collections.newSetFromMap(new IdentityHashMap<>()));
    plans.put(schema, built);
    return built;
  }

  /** {@code plan} with its first choice group replaced by the chosen branch, merged in. */
  SchemaPlan choose(SchemaPlan plan, Schema<?> branch) {
    Map<Schema<?>, SchemaPlan> byBranch =
        variants.computeIfAbsent(plan, p -> Collections.synchronizedMap(new IdentityHashMap<>()));
    SchemaPlan cached = byBranch.get(branch);
    if (cached != null) {
      return cached;
    }
    SchemaPlan base = plan.copy();
    base.choiceGroups.remove(0);
    SchemaPlan merged = merge(base, plan(branch));
    byBranch.put(branch, merged);
    return merged;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private SchemaPlan build(Schema<?> schema, Set<Schema<?>> building) {
    Schema<?> s = target(schema);
    if (s == null || !building.add(s)) {
      return new SchemaPlan(); // unresolvable ref or an allOf cycle: no constraint
    }
    try {
      SchemaPlan plan = own(s);
      if (s.getAllOf() != null) {
        for (Schema member : (List<Schema>) s.getAllOf()) {
          SchemaPlan memberPlan =
              plans.containsKey(member) ? plans.get(member) : build(member, building);
          plan = merge(plan, memberPlan);
        }
        // OpenAPI 3.0.3: nullable adds null only to an explicitly declared type
        plan.nullable |= Boolean.TRUE.equals(s.getNullable()) && s.getType() != null;
      }
      return plan;
    } finally {
      building.remove(s);
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private SchemaPlan own(Schema s) {
    SchemaPlan p = new SchemaPlan();
    Set<String> declared = s.getTypes();
    if (declared != null && !declared.isEmpty()) {
      p.types.addAll(declared);
    } else if (s.getType() != null) {
      p.types.add(s.getType());
    }
    if (p.types.remove("null")) {
      p.nullable = true;
      p.nullOnly = p.types.isEmpty();
    }
    if (Boolean.TRUE.equals(s.getNullable()) && !p.types.isEmpty()) {
      p.nullable = true; // OpenAPI 3.0.3: nullable without a type adds nothing
    }
    if (s.getConst() != null) {
      p.constant = Json.toNode(s.getConst());
    }
    if (s.getEnum() != null && !s.getEnum().isEmpty()) {
      List<JsonNode> values = new ArrayList<>();
      for (Object v : (List<Object>) s.getEnum()) {
        values.add(Json.toNode(v));
      }
      p.enumValues = values;
    }
    p.format = s.getFormat();
    if (s.getPattern() != null) {
      try {
        p.patterns.add(Pattern.compile(s.getPattern()));
        p.patternSources.add(s.getPattern());
      } catch (PatternSyntaxException e) {
        // a pattern Java cannot compile cannot be honoured here; the generator falls back to words
      }
    }
    p.minLength = s.getMinLength();
    p.maxLength = s.getMaxLength();
    if (s.getMinimum() != null) {
      p.minimum = s.getMinimum();
      p.exclusiveMinimum = Boolean.TRUE.equals(s.getExclusiveMinimum());
    }
    if (s.getExclusiveMinimumValue() != null
        && (p.minimum == null || s.getExclusiveMinimumValue().compareTo(p.minimum) >= 0)) {
      p.minimum = s.getExclusiveMinimumValue();
      p.exclusiveMinimum = true;
    }
    if (s.getMaximum() != null) {
      p.maximum = s.getMaximum();
      p.exclusiveMaximum = Boolean.TRUE.equals(s.getExclusiveMaximum());
    }
    if (s.getExclusiveMaximumValue() != null
        && (p.maximum == null || s.getExclusiveMaximumValue().compareTo(p.maximum) <= 0)) {
      p.maximum = s.getExclusiveMaximumValue();
      p.exclusiveMaximum = true;
    }
    if (s.getMultipleOf() != null && s.getMultipleOf().signum() > 0) {
      p.multipleOf = s.getMultipleOf();
    }
    if (s.getProperties() != null) {
      p.properties.putAll(s.getProperties());
    }
    if (s.getRequired() != null) {
      p.required.addAll(s.getRequired());
    }
    Object additional = s.getAdditionalProperties();
    if (additional instanceof Schema extra) {
      p.additionalSchema = extra;
    } else if (Boolean.FALSE.equals(additional)) {
      p.additionalForbidden = true;
    }
    p.minProperties = s.getMinProperties();
    p.maxProperties = s.getMaxProperties();
    p.items = s.getItems();
    p.minItems = s.getMinItems();
    p.maxItems = s.getMaxItems();
    p.uniqueItems = Boolean.TRUE.equals(s.getUniqueItems());
    if (s.getOneOf() != null && !s.getOneOf().isEmpty()) {
      p.choiceGroups.add(List.copyOf(s.getOneOf()));
    }
    if (s.getAnyOf() != null && !s.getAnyOf().isEmpty()) {
      p.choiceGroups.add(List.copyOf(s.getAnyOf()));
    }
    p.writeOnly = Boolean.TRUE.equals(s.getWriteOnly());
    return p;
  }

  /** Both sets of constraints at once (allOf): the tighter bound wins, lists are joined. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static SchemaPlan merge(SchemaPlan a, SchemaPlan b) {
    SchemaPlan m = a.copy();
    if (m.types.isEmpty()) {
      m.types.addAll(b.types);
    } else if (!b.types.isEmpty()) {
      List<String> kept = new ArrayList<>();
      for (String t : m.types) {
        if (b.types.contains(t) || t.equals("integer") && b.types.contains("number")) {
          kept.add(t);
        } else if (t.equals("number") && b.types.contains("integer")) {
          kept.add("integer");
        }
      }
      m.types.clear();
      m.types.addAll(kept);
    }
    boolean aAny = a.types.isEmpty() && !a.nullOnly;
    boolean bAny = b.types.isEmpty() && !b.nullOnly;
    m.nullable = (a.nullable || aAny) && (b.nullable || bAny) && (a.nullable || b.nullable);
    m.nullOnly = a.nullOnly || b.nullOnly;
    if (m.constant == null) {
      m.constant = b.constant;
    }
    if (m.enumValues == null) {
      m.enumValues = b.enumValues;
    } else if (b.enumValues != null) {
      m.enumValues = m.enumValues.stream().filter(b.enumValues::contains).toList();
    }
    if (m.format == null) {
      m.format = b.format;
    }
    m.patterns.addAll(b.patterns);
    m.patternSources.addAll(b.patternSources);
    m.minLength = max(m.minLength, b.minLength);
    m.maxLength = min(m.maxLength, b.maxLength);
    if (b.minimum != null) {
      int c = m.minimum == null ? -1 : m.minimum.compareTo(b.minimum);
      if (c < 0) {
        m.minimum = b.minimum;
        m.exclusiveMinimum = b.exclusiveMinimum;
      } else if (c == 0) {
        m.exclusiveMinimum |= b.exclusiveMinimum;
      }
    }
    if (b.maximum != null) {
      int c = m.maximum == null ? 1 : m.maximum.compareTo(b.maximum);
      if (c > 0) {
        m.maximum = b.maximum;
        m.exclusiveMaximum = b.exclusiveMaximum;
      } else if (c == 0) {
        m.exclusiveMaximum |= b.exclusiveMaximum;
      }
    }
    m.multipleOf = commonMultiple(m.multipleOf, b.multipleOf);
    b.properties.forEach(
        (name, schema) -> {
          Schema<?> mine = m.properties.get(name);
          m.properties.put(
              name,
              mine == null || mine == schema
                  ? schema
                  : new Schema<>().allOf(List.of(mine, schema)));
        });
    m.required.addAll(b.required);
    if (m.additionalSchema == null) {
      m.additionalSchema = b.additionalSchema;
    }
    m.additionalForbidden |= b.additionalForbidden;
    m.minProperties = max(m.minProperties, b.minProperties);
    m.maxProperties = min(m.maxProperties, b.maxProperties);
    if (m.items == null) {
      m.items = b.items;
    } else if (b.items != null && b.items != m.items) {
      m.items = new Schema<>().allOf(List.of(m.items, b.items));
    }
    m.minItems = max(m.minItems, b.minItems);
    m.maxItems = min(m.maxItems, b.maxItems);
    m.uniqueItems |= b.uniqueItems;
    m.choiceGroups.addAll(b.choiceGroups);
    m.writeOnly |= b.writeOnly;
    return m;
  }

  /**
   * A common multiple of two positive decimals (their least one when both are integers or decimal
   * fractions).
   */
  static BigDecimal commonMultiple(BigDecimal a, BigDecimal b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    int scale = Math.max(0, Math.max(a.scale(), b.scale()));
    BigInteger x = a.movePointRight(scale).toBigIntegerExact();
    BigInteger y = b.movePointRight(scale).toBigIntegerExact();
    BigInteger lcm = x.multiply(y).divide(x.gcd(y));
    return new BigDecimal(lcm).movePointLeft(scale);
  }

  private static Integer max(Integer a, Integer b) {
    return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
  }

  private static Integer min(Integer a, Integer b) {
    return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
  }
}
