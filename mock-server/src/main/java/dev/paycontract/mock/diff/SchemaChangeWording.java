package dev.paycontract.mock.diff;

import static dev.paycontract.mock.diff.ChangeLines.child;
import static dev.paycontract.mock.diff.ChangeLines.code;
import static dev.paycontract.mock.diff.ChangeLines.isIncompatible;
import static dev.paycontract.mock.diff.ChangeLines.items;
import static dev.paycontract.mock.diff.ChangeLines.plural;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;
import org.openapitools.openapidiff.core.model.ChangedList;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedNumericRange;
import org.openapitools.openapidiff.core.model.schema.ChangedOneOfSchema;

/**
 * Phrases the incompatible parts of a {@link ChangedSchema} and of its properties, items,
 * additional properties and oneOf alternatives. openapi-diff has already applied the request or
 * response rules: each part is phrased only when it says it is incompatible.
 */
final class SchemaChangeWording {

  private final ChangeLines lines;
  private final Set<ChangedSchema> visiting = Collections.newSetFromMap(new IdentityHashMap<>());

  SchemaChangeWording(ChangeLines lines) {
    this.lines = lines;
  }

  /** {@code where} is the schema's location, e.g. "request body property `amount`". */
  void schema(ChangedSchema schema, String where) {
    if (!isIncompatible(schema) || !visiting.add(schema)) { // recursive schemas
      return;
    }
    lines.guarded(
        schema,
        where,
        () -> {
          own(schema, where);
          schema
              .getChangedProperties()
              .forEach((name, property) -> schema(property, child(where, name)));
          schema(schema.getItems(), items(where));
          schema(schema.getAddProp(), where + " additional properties");
          oneOf(schema.getOneOfSchema(), where);
        });
    visiting.remove(schema);
  }

  private void own(ChangedSchema schema, String where) {
    if (schema.isChangedType()) {
      lines.add(
          where,
          "type changed from "
              + typeOf(schema.getOldSchema())
              + " to "
              + typeOf(schema.getNewSchema()));
    }
    if (schema.isDiscriminatorPropertyChanged()) {
      lines.add(where, "discriminator property changed");
    }
    removedRequiredResponseProperties(schema, where);
    enumeration(schema.getEnumeration(), where);
    required(schema, where);
    range(schema.getNumericRange(), where);
    var maxLength = schema.getMaxLength();
    if (isIncompatible(maxLength))
      bound(where, "maxLength", maxLength.getOldValue(), maxLength.getNewValue());
    var minLength = schema.getMinLength();
    if (isIncompatible(minLength))
      bound(where, "minLength", minLength.getOldValue(), minLength.getNewValue());
    var maxItems = schema.getMaxItems();
    if (isIncompatible(maxItems))
      bound(where, "maxItems", maxItems.getOldValue(), maxItems.getNewValue());
    var minItems = schema.getMinItems();
    if (isIncompatible(minItems))
      bound(where, "minItems", minItems.getOldValue(), minItems.getNewValue());
    var maxProperties = schema.getMaxProperties();
    if (isIncompatible(maxProperties))
      bound(where, "maxProperties", maxProperties.getOldValue(), maxProperties.getNewValue());
    var minProperties = schema.getMinProperties();
    if (isIncompatible(minProperties))
      bound(where, "minProperties", minProperties.getOldValue(), minProperties.getNewValue());
    var multipleOf = schema.getMultipleOf();
    if (isIncompatible(multipleOf)) {
      lines.add(
          where,
          "multipleOf changed from " + multipleOf.getLeft() + " to " + multipleOf.getRight());
    }
    var pattern = schema.getPattern();
    if (isIncompatible(pattern)) {
      lines.add(
          where,
          "pattern changed from "
              + code(pattern.getOldPattern())
              + " to "
              + code(pattern.getNewPattern()));
    }
    var nullable = schema.getNullable();
    if (isIncompatible(nullable)) {
      lines.state(
          where,
          Boolean.TRUE.equals(nullable.getRight()) ? "is now nullable" : "is no longer nullable");
    }
    var uniqueItems = schema.getUniqueItems();
    if (isIncompatible(uniqueItems)) {
      lines.add(
          where,
          "uniqueItems changed from " + uniqueItems.getLeft() + " to " + uniqueItems.getRight());
    }
    if (isIncompatible(schema.getReadOnly())) {
      lines.add(where, "readOnly changed");
    }
    if (isIncompatible(schema.getWriteOnly())) {
      lines.add(where, "writeOnly changed");
    }
  }

  private void removedRequiredResponseProperties(ChangedSchema schema, String where) {
    Schema<?> old = schema.getOldSchema();
    if (schema.getContext() == null
        || !schema.getContext().isResponse()
        || old == null
        || old.getRequired() == null) {
      return;
    }
    for (String missing : schema.getMissingProperties().keySet()) {
      if (old.getRequired().contains(missing)) {
        lines.state(child(where, missing), "removed (it was required)");
      }
    }
  }

  private void enumeration(ChangedList<?> enumeration, String where) {
    if (!isIncompatible(enumeration)) {
      return;
    }
    if (!enumeration.getMissing().isEmpty()) {
      lines.add(where, plural("enum value", enumeration.getMissing()) + " removed");
    }
    if (!enumeration.getIncreased().isEmpty()) {
      lines.add(where, plural("enum value", enumeration.getIncreased()) + " added");
    }
  }

  private void required(ChangedSchema schema, String where) {
    ChangedList<String> required = schema.getRequired();
    if (!isIncompatible(required)) {
      return;
    }
    for (String name : required.getIncreased()) {
      lines.state(
          child(where, name),
          schema.getIncreasedProperties().containsKey(name)
              ? "added as required"
              : "is now required");
    }
    for (String name : required.getMissing()) {
      if (!schema.getMissingProperties().containsKey(name)) { // else phrased as "removed"
        lines.state(child(where, name), "is no longer required");
      }
    }
  }

  private void range(ChangedNumericRange range, String where) {
    if (!isIncompatible(range)) {
      return;
    }
    bound(where, "maximum", range.getOldMaximumValue(), range.getNewMaximumValue());
    bound(where, "minimum", range.getOldMinimumValue(), range.getNewMinimumValue());
    if (!Objects.equals(range.getOldMaximumExclusiveValue(), range.getNewMaximumExclusiveValue())) {
      lines.add(
          where,
          "exclusiveMaximum changed from "
              + range.getOldMaximumExclusiveValue()
              + " to "
              + range.getNewMaximumExclusiveValue());
    }
    if (!Objects.equals(range.getOldMinimumExclusiveValue(), range.getNewMinimumExclusiveValue())) {
      lines.add(
          where,
          "exclusiveMinimum changed from "
              + range.getOldMinimumExclusiveValue()
              + " to "
              + range.getNewMinimumExclusiveValue());
    }
  }

  private void bound(String where, String keyword, Integer oldValue, Integer newValue) {
    bound(
        where,
        keyword,
        oldValue == null ? null : BigDecimal.valueOf(oldValue),
        newValue == null ? null : BigDecimal.valueOf(newValue));
  }

  /** "maximum lowered from 100 to 50", "maxLength 20 added", "minimum 1 removed". */
  private void bound(String where, String keyword, BigDecimal oldValue, BigDecimal newValue) {
    if (oldValue == null && newValue == null
        || oldValue != null && newValue != null && oldValue.compareTo(newValue) == 0) {
      return;
    }
    if (oldValue == null) {
      lines.add(where, keyword + " " + newValue.toPlainString() + " added");
    } else if (newValue == null) {
      lines.add(where, keyword + " " + oldValue.toPlainString() + " removed");
    } else {
      lines.add(
          where,
          keyword
              + (newValue.compareTo(oldValue) < 0 ? " lowered" : " raised")
              + " from "
              + oldValue.toPlainString()
              + " to "
              + newValue.toPlainString());
    }
  }

  private void oneOf(ChangedOneOfSchema oneOf, String where) {
    if (!isIncompatible(oneOf)) {
      return;
    }
    oneOf
        .getMissing()
        .keySet()
        .forEach(name -> lines.add(where, "oneOf alternative `" + name + "` removed"));
    oneOf
        .getIncreased()
        .keySet()
        .forEach(name -> lines.add(where, "oneOf alternative `" + name + "` added"));
    oneOf
        .getChanged()
        .forEach((name, alternative) -> schema(alternative, where + " (oneOf `" + name + "`)"));
  }

  private static String typeOf(Schema<?> schema) {
    if (schema == null) {
      return "(none)";
    }
    String type =
        schema.getType() != null
            ? schema.getType()
            : schema.getTypes() != null ? String.join("|", schema.getTypes()) : "(untyped)";
    return code(schema.getFormat() == null ? type : type + " (" + schema.getFormat() + ")");
  }
}
