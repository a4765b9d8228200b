package dev.paycontract.mock.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycontract.mock.internal.spec.Refs;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Carries what the request sent into the resource: a top-level property of the request body goes
 * into the response body when the response schema has a property of the same name with a
 * compatible schema (see {@link #compatible}). Anything else in the response stays as the example
 * or generator made it.
 */
public final class RequestEcho {

  private final Refs refs;

  public RequestEcho(Refs refs) {
    this.refs = refs;
  }

  /**
   * Copies the compatible sent properties into {@code target} (in place).
   *
   * @param merge false: a sent property replaces the target's (create, PUT); true: objects are
   *     merged as a JSON Merge Patch (RFC 7396) does, a sent null removes the property (PATCH)
   * @param keep a property never changed (the id), or null
   * @return the names of the properties taken from the request, in request order
   */
  @SuppressWarnings("rawtypes")
  public List<String> apply(ObjectNode target, JsonNode sent, Schema<?> requestSchema, Schema<?> responseSchema, boolean merge, String keep) {
    Schema<?> request = refs.schema(requestSchema);
    Schema<?> response = refs.schema(responseSchema);
    if (sent == null || !sent.isObject() || request == null || response == null || response.getProperties() == null) {
      return List.of();
    }
    Map<String, Schema> sentProps = request.getProperties() == null ? Map.of() : request.getProperties();
    List<String> taken = new java.util.ArrayList<>();
    Map<JsonNode, JsonNode> replacedObjects = new java.util.HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = sent.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      Schema target0 = response.getProperties().get(f.getKey());
      if (f.getKey().equals(keep) || target0 == null || !compatible(sentProps.get(f.getKey()), target0, f.getValue())) {
        continue;
      }
      if (merge && f.getValue().isNull()) {
        target.remove(f.getKey());
      } else if (merge && f.getValue().isObject() && target.path(f.getKey()).isObject()) {
        mergeInto((ObjectNode) target.get(f.getKey()), f.getValue());
      } else {
        JsonNode old = target.get(f.getKey());
        if (!merge && old != null && old.isObject() && f.getValue().isObject() && !old.equals(f.getValue())) {
          replacedObjects.put(old.deepCopy(), f.getValue());
        }
        target.set(f.getKey(), f.getValue().deepCopy());
      }
      taken.add(f.getKey());
    }
    propagate(target, replacedObjects, taken);
    return taken;
  }

  /**
   * An example often repeats a value it also has at the echoed place (Sezzle's
   * {@code authorization.authorization_amount} equals its {@code order_amount}); an object equal to
   * a replaced one is replaced too, so the body stays consistent with what was sent. Only objects:
   * a repeated number or string may be a coincidence.
   */
  private static void propagate(JsonNode node, Map<JsonNode, JsonNode> replaced, List<String> skipTopLevel) {
    if (replaced.isEmpty()) {
      return;
    }
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (skipTopLevel.contains(f.getKey())) {
          continue;
        }
        JsonNode with = replaced.get(f.getValue());
        if (with != null) {
          f.setValue(with.deepCopy());
        } else {
          propagate(f.getValue(), replaced, List.of());
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode with = replaced.get(node.get(i));
        if (with != null) {
          ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, with.deepCopy());
        } else {
          propagate(node.get(i), replaced, List.of());
        }
      }
    }
  }

  /**
   * The sent value may stand in the response: both schemas are the same component or equal, or
   * both are scalars of the same type and the value meets the response's enum and pattern.
   */
  @SuppressWarnings("rawtypes")
  boolean compatible(Schema sentSchema, Schema responseSchema, JsonNode value) {
    if (sentSchema == null) {
      return false;
    }
    String a = Refs.refName(sentSchema);
    if (a != null && a.equals(Refs.refName(responseSchema))) {
      return true;
    }
    Schema s = refs.schema(sentSchema);
    Schema r = refs.schema(responseSchema);
    if (Objects.equals(s, r)) {
      return true;
    }
    String type = type(r);
    if (type == null || !type.equals(type(s)) || !scalarMatches(type, value)) {
      return false;
    }
    if (r.getFormat() != null && !r.getFormat().equals(s.getFormat())) {
      return false;
    }
    if (r.getEnum() != null && !r.getEnum().isEmpty() && r.getEnum().stream().noneMatch(e -> String.valueOf(e).equals(value.asText()))) {
      return false;
    }
    return r.getPattern() == null || matches(r.getPattern(), value.asText());
  }

  private static boolean scalarMatches(String type, JsonNode value) {
    return switch (type) {
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      default -> false;
    };
  }

  private static boolean matches(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  @SuppressWarnings("rawtypes")
  private static String type(Schema s) {
    if (s == null) {
      return null;
    }
    if (s.getType() != null) {
      return s.getType();
    }
    return s.getTypes() != null && s.getTypes().size() == 1 ? (String) s.getTypes().iterator().next() : null;
  }

  private static void mergeInto(ObjectNode target, JsonNode patch) {
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (f.getValue().isNull()) {
        target.remove(f.getKey());
      } else if (f.getValue().isObject() && target.path(f.getKey()).isObject()) {
        mergeInto((ObjectNode) target.get(f.getKey()), f.getValue());
      } else {
        target.set(f.getKey(), f.getValue().deepCopy());
      }
    }
  }
}
