package dev.paycontract.mock.internal.validation;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything about an operation that validation needs, worked out once at start: path-level
 * parameters merged in, local {@code $ref}s of parameters, request bodies, responses and headers
 * followed, effective security (root security when the operation has none, gotcha G3).
 */
final class OperationPlans {

  /** One operation, ready to validate against. */
  record Plan(
      Operation operation,
      List<Parameter> parameters,
      RequestBody requestBody,
      List<io.swagger.v3.oas.models.security.SecurityRequirement> security) {}

  private final Map<Operation, Plan> plans = new IdentityHashMap<>();
  private final OpenAPI api;

  OperationPlans(OpenAPI api) {
    this.api = api;
    if (api.getPaths() == null) {
      return;
    }
    for (PathItem item : api.getPaths().values()) {
      for (Operation op : item.readOperations()) {
        plans.put(op, plan(item, op));
      }
    }
  }

  /** The plan of an operation of this spec (built on the fly for one the spec does not list). */
  Plan plan(Operation operation) {
    Plan p = plans.get(operation);
    return p != null ? p : plan(null, operation);
  }

  private Plan plan(PathItem item, Operation op) {
    Map<String, Parameter> merged = new LinkedHashMap<>();
    if (item != null && item.getParameters() != null) {
      for (Parameter p : item.getParameters()) {
        Parameter d = deref(p);
        merged.put(d.getIn() + ":" + d.getName(), d);
      }
    }
    if (op.getParameters() != null) {
      for (Parameter p : op.getParameters()) {
        Parameter d = deref(p);
        merged.put(d.getIn() + ":" + d.getName(), d); // operation level overrides path level
      }
    }
    List<Parameter> parameters = List.copyOf(merged.values());
    RequestBody body = deref(op.getRequestBody());
    ApiResponses responses = new ApiResponses();
    if (op.getResponses() != null) {
      op.getResponses()
          .forEach(
              (code, r) -> {
                ApiResponse d = deref(r);
                if (d != null) {
                  responses.addApiResponse(code, d);
                }
              });
    }
    // a copy, so the shared model is never changed: the Atlassian validator reads only these fields
    Operation copy =
        new Operation()
            .parameters(new ArrayList<>(parameters))
            .requestBody(body)
            .responses(responses)
            .security(List.of());
    var security = op.getSecurity() != null ? op.getSecurity() : api.getSecurity();
    return new Plan(copy, parameters, body, security == null ? List.of() : List.copyOf(security));
  }

  private Components components() {
    return api.getComponents() == null ? new Components() : api.getComponents();
  }

  private Parameter deref(Parameter p) {
    for (int hops = 0; p != null && p.get$ref() != null && hops < 16; hops++) {
      Map<String, Parameter> all = components().getParameters();
      p = all == null ? null : all.get(name(p.get$ref()));
    }
    return p;
  }

  private RequestBody deref(RequestBody b) {
    for (int hops = 0; b != null && b.get$ref() != null && hops < 16; hops++) {
      Map<String, RequestBody> all = components().getRequestBodies();
      b = all == null ? null : all.get(name(b.get$ref()));
    }
    return b;
  }

  ApiResponse deref(ApiResponse r) {
    for (int hops = 0; r != null && r.get$ref() != null && hops < 16; hops++) {
      Map<String, ApiResponse> all = components().getResponses();
      r = all == null ? null : all.get(name(r.get$ref()));
    }
    return r;
  }

  Header deref(Header h) {
    for (int hops = 0; h != null && h.get$ref() != null && hops < 16; hops++) {
      Map<String, Header> all = components().getHeaders();
      h = all == null ? null : all.get(name(h.get$ref()));
    }
    return h;
  }

  /** The single type of a schema, following a component {@code $ref}; null when not exactly one. */
  String schemaType(io.swagger.v3.oas.models.media.Schema<?> schema) {
    for (int hops = 0; schema != null && schema.get$ref() != null && hops < 16; hops++) {
      var all = components().getSchemas();
      schema = all == null ? null : all.get(name(schema.get$ref()));
    }
    if (schema == null) {
      return null;
    }
    if (schema.getType() != null) {
      return schema.getType();
    }
    return schema.getTypes() != null && schema.getTypes().size() == 1
        ? schema.getTypes().iterator().next()
        : null;
  }

  private static String name(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
