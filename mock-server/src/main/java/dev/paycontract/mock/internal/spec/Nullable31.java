package dev.paycontract.mock.internal.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Honours OpenAPI 3.0's {@code nullable: true} left in a 3.1 document, as Prism does unless the
 * document declares a {@code jsonSchemaDialect} (docs/prism-compatibility.md, "nullable in 3.1"): a
 * schema with one JSON type and {@code nullable: true} also allows {@code null}, and its {@code
 * enum} gains {@code null}. Runs once at load time, on every schema reachable from components and
 * operations.
 */
final class Nullable31 {

  private static final Set<String> TYPE_NAMES =
      Set.of("string", "number", "integer", "boolean", "object", "array", "null");

  private final Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Applies the rule when {@code api} is a 3.1 document without {@code jsonSchemaDialect}. */
  static void apply(OpenAPI api) {
    if (api.getOpenapi() == null
        || !api.getOpenapi().startsWith("3.1")
        || api.getJsonSchemaDialect() != null) {
      return;
    }
    new Nullable31().walk(api);
  }

  private void walk(OpenAPI api) {
    if (api.getComponents() != null) {
      if (api.getComponents().getSchemas() != null) {
        api.getComponents().getSchemas().values().forEach(this::schema);
      }
      if (api.getComponents().getParameters() != null) {
        api.getComponents().getParameters().values().forEach(this::parameter);
      }
      if (api.getComponents().getResponses() != null) {
        api.getComponents().getResponses().values().forEach(this::response);
      }
      if (api.getComponents().getRequestBodies() != null) {
        api.getComponents().getRequestBodies().values().forEach(b -> content(b.getContent()));
      }
      if (api.getComponents().getHeaders() != null) {
        api.getComponents().getHeaders().values().forEach(this::header);
      }
    }
    if (api.getPaths() == null) {
      return;
    }
    for (PathItem item : api.getPaths().values()) {
      if (item.getParameters() != null) {
        item.getParameters().forEach(this::parameter);
      }
      for (Operation op : item.readOperations()) {
        if (op.getParameters() != null) {
          op.getParameters().forEach(this::parameter);
        }
        if (op.getRequestBody() != null) {
          content(op.getRequestBody().getContent());
        }
        if (op.getResponses() != null) {
          op.getResponses().values().forEach(this::response);
        }
      }
    }
  }

  private void parameter(Parameter p) {
    schema(p.getSchema());
    content(p.getContent());
  }

  private void header(Header h) {
    schema(h.getSchema());
    content(h.getContent());
  }

  private void response(ApiResponse r) {
    content(r.getContent());
    if (r.getHeaders() != null) {
      r.getHeaders().values().forEach(this::header);
    }
  }

  private void content(Content content) {
    if (content != null) {
      content.values().stream().map(MediaType::getSchema).forEach(this::schema);
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private void schema(Schema schema) {
    if (schema == null || !seen.add(schema)) {
      return;
    }
    Set<String> types = schema.getTypes();
    // Swagger Parser keeps a 3.1 schema's "nullable" among the extensions (it is no 3.1 keyword)
    boolean nullable =
        Boolean.TRUE.equals(schema.getNullable())
            || (schema.getExtensions() != null
                && Boolean.TRUE.equals(schema.getExtensions().get("nullable")));
    if (nullable
        && types != null
        && types.size() == 1
        && TYPE_NAMES.contains(types.iterator().next())) {
      Set<String> widened = new LinkedHashSet<>(types);
      widened.add("null");
      schema.setTypes(widened);
      if (schema.getEnum() != null && !schema.getEnum().contains(null)) {
        List<Object> values = new ArrayList<>(schema.getEnum());
        values.add(null);
        schema.setEnum(values);
      }
    }
    if (schema.getProperties() != null) {
      ((Map<String, Schema>) schema.getProperties()).values().forEach(this::schema);
    }
    schema(schema.getItems());
    if (schema.getAdditionalProperties() instanceof Schema extra) {
      schema(extra);
    }
    schema(schema.getNot());
    for (List<Schema> list :
        java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
      if (list != null) {
        list.forEach(this::schema);
      }
    }
  }
}
