package dev.paycontract.mock.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.spec.ModelKey;
import dev.paycontract.mock.internal.validation.FindingMapper.Side;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks {@code format: url} in bodies, the one string format Prism's validator checks that the
 * Atlassian validator's registry does not know (it has no hook to add one; ADR 0025). Vendor specs
 * use it for webhook and redirect addresses, and Prism answers 422 for a value that is not an
 * absolute http, https or ftp address with a dotted host name or a public IPv4 address ({@link
 * UrlSyntax}).
 *
 * <p>It follows what is unambiguous: {@code properties}, {@code additionalProperties}, {@code
 * items}, {@code allOf} and local {@code $ref}s; under {@code oneOf}, {@code anyOf} and {@code not}
 * which branch applies is the validator's to say, so it does not look there. Which schemas reach a
 * {@code url} at all is worked out once per schema, so a spec without one pays a map lookup.
 */
final class UrlFormat {

  static final String FORMAT = "url";

  private final SchemaLocator locator;

  /** Whether a url format is reachable from a schema (request threads share it). */
  private final Map<ModelKey, Boolean> reaches = new ConcurrentHashMap<>();

  UrlFormat(SchemaLocator locator) {
    this.locator = locator;
  }

  /** Findings for every string in {@code body} whose schema says {@code format: url}. */
  List<Violation> check(Schema<?> schema, JsonNode body, Side side) {
    if (schema == null || body == null || !reachesUrl(schema)) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>(1);
    walk(schema, body, new ArrayList<>(), side, out, 0);
    return out;
  }

  private void walk(
      Schema<?> declared,
      JsonNode node,
      List<String> path,
      Side side,
      List<Violation> out,
      int depth) {
    Schema<?> schema = locator.deref(declared);
    if (schema == null || depth > 64) {
      return;
    }
    if (FORMAT.equals(schema.getFormat())
        && node.isTextual()
        && !UrlSyntax.isUrl(node.textValue())) {
      out.add(
          FindingMapper.bodyFinding(
              side,
              List.copyOf(path),
              Violation.Severity.Error,
              "format",
              PrismWording.text("format", schema, null, "")));
    }
    if (schema.getAllOf() != null) {
      for (Schema<?> part : schema.getAllOf()) {
        walk(part, node, path, side, out, depth + 1);
      }
    }
    if (node.isObject()) {
      Map<String, Schema> properties = schema.getProperties();
      Object additional = schema.getAdditionalProperties();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        Schema<?> child =
            properties != null && properties.containsKey(field.getKey())
                ? properties.get(field.getKey())
                : additional instanceof Schema<?> s ? s : null;
        if (child != null) {
          path.add(field.getKey());
          walk(child, field.getValue(), path, side, out, depth + 1);
          path.remove(path.size() - 1);
        }
      }
    } else if (node.isArray() && schema.getItems() != null) {
      for (int i = 0; i < node.size(); i++) {
        path.add(Integer.toString(i));
        walk(schema.getItems(), node.get(i), path, side, out, depth + 1);
        path.remove(path.size() - 1);
      }
    }
  }

  private boolean reachesUrl(Schema<?> schema) {
    return reaches.computeIfAbsent(
        new ModelKey(schema),
        key -> search(schema, Collections.newSetFromMap(new IdentityHashMap<>())));
  }

  private boolean search(Schema<?> declared, Set<Schema<?>> seen) {
    Schema<?> schema = locator.deref(declared);
    if (schema == null || !seen.add(schema)) {
      return false;
    }
    if (FORMAT.equals(schema.getFormat())) {
      return true;
    }
    if (schema.getAllOf() != null) {
      for (Schema<?> part : schema.getAllOf()) {
        if (search(part, seen)) {
          return true;
        }
      }
    }
    if (schema.getProperties() != null) {
      for (Schema<?> property : schema.getProperties().values()) {
        if (search(property, seen)) {
          return true;
        }
      }
    }
    if (schema.getAdditionalProperties() instanceof Schema<?> additional
        && search(additional, seen)) {
      return true;
    }
    return schema.getItems() != null && search(schema.getItems(), seen);
  }
}
