package dev.paycontract.mock.internal.spec;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import java.util.function.Function;

/**
 * Follows local {@code #/components/...} references that swagger-parser leaves in place with {@code
 * resolve=true} (file refs are already inlined by the parser as components).
 */
public final class Refs {

  private static final int MAX_HOPS = 32;

  private final Components components;

  public Refs(OpenAPI api) {
    this.components = api.getComponents() == null ? new Components() : api.getComponents();
  }

  @SuppressWarnings("rawtypes")
  public Schema schema(Schema schema) {
    return follow(schema, Schema::get$ref, components.getSchemas(), "schemas");
  }

  public Example example(Example example) {
    return follow(example, Example::get$ref, components.getExamples(), "examples");
  }

  public Header header(Header header) {
    return follow(header, Header::get$ref, components.getHeaders(), "headers");
  }

  /** The component name a schema points to, or null for an inline schema. */
  @SuppressWarnings("rawtypes")
  public static String refName(Schema schema) {
    String ref = schema == null ? null : schema.get$ref();
    return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static <T> T follow(T value, Function<T, String> ref, Map<String, T> pool, String kind) {
    T current = value;
    for (int i = 0; i < MAX_HOPS && current != null; i++) {
      String r = ref.apply(current);
      if (r == null || pool == null) {
        return current;
      }
      String prefix = "#/components/" + kind + "/";
      if (!r.startsWith(prefix)) {
        return current;
      }
      T next = pool.get(r.substring(prefix.length()));
      if (next == null) {
        return current;
      }
      current = next;
    }
    return current;
  }
}
