package dev.paycontract.mock.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.paycontract.mock.internal.spec.Refs;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Gives each created resource an id of its own, valid for the id's schema: a random UUID for
 * {@code format: uuid}, the next number of a counter for integers, else a value from the dynamic
 * generator (which honours formats and patterns), drawn again while it is taken. The example's
 * old id is also replaced where the body repeats it inside other strings (a {@code self} link's
 * {@code href}), so the links point at the new resource.
 */
public final class FreshId {

  private static final int ATTEMPTS = 16;

  private final Refs refs;
  private final Function<Schema<?>, JsonNode> generator;
  private final AtomicLong counter = new AtomicLong(1000);

  /** @param generator a schema-valid value for a schema (the engine's dynamic generator) */
  public FreshId(Refs refs, Function<Schema<?>, JsonNode> generator) {
    this.refs = refs;
    this.generator = generator;
  }

  /**
   * Sets a fresh id at {@code pointer} of {@code body} (a top-level or nested property).
   *
   * @param taken true for an id already stored
   * @return the new id as text, or null when the pointer does not name a property of an object
   */
  @SuppressWarnings("rawtypes")
  public String assign(ObjectNode body, String pointer, Schema<?> resourceSchema, Predicate<String> taken) {
    int cut = pointer.lastIndexOf('/');
    JsonNode parentNode = cut == 0 ? body : body.at(pointer.substring(0, cut));
    if (!(parentNode instanceof ObjectNode parent)) {
      return null;
    }
    String name = pointer.substring(cut + 1).replace("~1", "/").replace("~0", "~");
    JsonNode old = parent.get(name);
    Schema idSchema = schemaAt(resourceSchema, pointer);
    JsonNode fresh = null;
    for (int i = 0; i < ATTEMPTS && (fresh == null || taken.test(fresh.asText())); i++) {
      fresh = next(idSchema);
    }
    parent.set(name, fresh);
    if (old != null && old.isValueNode() && old.asText().length() >= 4) {
      replaceText(body, old.asText(), fresh.asText());
    }
    return fresh.asText();
  }

  @SuppressWarnings("rawtypes")
  private JsonNode next(Schema idSchema) {
    Schema s = refs.schema(idSchema);
    String type = s == null ? "string" : s.getType() != null ? s.getType()
        : s.getTypes() != null && !s.getTypes().isEmpty() ? (String) s.getTypes().iterator().next() : "string";
    if ("integer".equals(type) || "number".equals(type)) {
      long n = counter.incrementAndGet();
      return n <= Integer.MAX_VALUE && !"int64".equals(s == null ? null : s.getFormat()) ? IntNode.valueOf((int) n) : LongNode.valueOf(n);
    }
    if (s == null || "uuid".equals(s.getFormat()) || (s.getFormat() == null && s.getPattern() == null && s.getEnum() == null)) {
      return TextNode.valueOf(UUID.randomUUID().toString());
    }
    JsonNode generated = generator.apply(s);
    return generated == null || generated.isNull() ? TextNode.valueOf(UUID.randomUUID().toString()) : generated;
  }

  /** The schema of the property a pointer names, walking {@code properties}; null when unknown. */
  @SuppressWarnings("rawtypes")
  private Schema schemaAt(Schema<?> root, String pointer) {
    Schema current = refs.schema(root);
    for (String part : pointer.substring(1).split("/")) {
      if (current == null || current.getProperties() == null) {
        return null;
      }
      current = refs.schema((Schema) current.getProperties().get(part.replace("~1", "/").replace("~0", "~")));
    }
    return current;
  }

  private static void replaceText(JsonNode node, String old, String fresh) {
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (f.getValue().isTextual() && f.getValue().asText().contains(old)) {
          f.setValue(TextNode.valueOf(f.getValue().asText().replace(old, fresh)));
        } else {
          replaceText(f.getValue(), old, fresh);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        if (item.isTextual() && item.asText().contains(old)) {
          ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, JsonNodeFactory.instance.textNode(item.asText().replace(old, fresh)));
        } else {
          replaceText(item, old, fresh);
        }
      }
    }
  }
}
