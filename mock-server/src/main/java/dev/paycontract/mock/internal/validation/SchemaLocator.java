package dev.paycontract.mock.internal.validation;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * Finds the schema object a validator finding points at ({@code
 * #/components/schemas/Amount/properties/ amount_in_cents/minimum} -> the {@code amount_in_cents}
 * schema), so messages can quote the schema's own values (limits, allowed values, pattern).
 */
final class SchemaLocator {

  private static final String COMPONENTS = "#/components/schemas/";
  private static final String DEFINITIONS = "#/definitions/";

  private final Map<String, Schema> components;

  SchemaLocator(OpenAPI api) {
    this.components =
        api.getComponents() == null || api.getComponents().getSchemas() == null
            ? Map.of()
            : api.getComponents().getSchemas();
  }

  /**
   * @param root the schema validation started from (body or parameter schema)
   * @param pointer the schema location of the failing keyword ({@code #/properties/a/maxLength})
   * @return the schema holding the keyword, or null when the pointer cannot be followed
   */
  Schema<?> owner(Schema<?> root, String pointer) {
    if (pointer == null) {
      return null;
    }
    Schema<?> current;
    String rest;
    if (pointer.startsWith(COMPONENTS)) {
      rest = pointer.substring(COMPONENTS.length());
      String name = unescape(rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest);
      current = components.get(name);
      rest = rest.contains("/") ? rest.substring(rest.indexOf('/') + 1) : "";
    } else if (pointer.startsWith(DEFINITIONS)) {
      return owner(root, COMPONENTS + pointer.substring(DEFINITIONS.length()));
    } else if (pointer.startsWith("#/")) {
      current = root;
      rest = pointer.substring(2);
    } else if (pointer.equals("#")) {
      return root;
    } else {
      return null;
    }
    String[] segments = rest.isEmpty() ? new String[0] : rest.split("/", -1);
    // the last segment is the keyword itself
    for (int i = 0; i < segments.length - 1 && current != null; i++) {
      current = deref(current);
      String segment = unescape(segments[i]);
      switch (segment) {
        case "properties", "patternProperties" -> {
          Map<String, Schema> map =
              segment.equals("properties")
                  ? current.getProperties()
                  : current.getPatternProperties();
          current = map == null || ++i >= segments.length ? null : map.get(unescape(segments[i]));
        }
        case "items" -> current = current.getItems();
        case "not" -> current = current.getNot();
        case "additionalProperties" ->
            current = current.getAdditionalProperties() instanceof Schema<?> s ? s : null;
        case "allOf", "anyOf", "oneOf", "prefixItems" -> {
          List<Schema> list =
              switch (segment) {
                case "allOf" -> current.getAllOf();
                case "anyOf" -> current.getAnyOf();
                case "oneOf" -> current.getOneOf();
                default -> current.getPrefixItems();
              };
          current = list == null || ++i >= segments.length ? null : at(list, segments[i]);
        }
        case "$ref" -> {
          // already followed by deref
        }
        default -> current = null;
      }
    }
    return current == null ? null : deref(current);
  }

  /** Follows local {@code $ref}s to component schemas. */
  Schema<?> deref(Schema<?> schema) {
    Schema<?> current = schema;
    for (int hops = 0; current != null && current.get$ref() != null && hops < 32; hops++) {
      String ref = current.get$ref();
      current = components.get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return current;
  }

  private static Schema<?> at(List<Schema> list, String index) {
    try {
      int i = Integer.parseInt(index);
      return i < list.size() ? list.get(i) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String unescape(String segment) {
    return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
  }
}
