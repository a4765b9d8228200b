package dev.paycontract.contract.examples;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Map;

/**
 * One operation of a bundled spec, with its references to {@code components} followed.
 *
 * @param spec the spec it belongs to
 * @param operationId its {@code operationId}
 * @param method the HTTP method, upper case
 * @param path the path template as written in the spec ({@code /v2/order/{order_uuid}})
 * @param operation the parsed operation
 * @param parameters path-item and operation parameters, references resolved
 */
record SpecOperation(
    BundledSpec spec,
    String operationId,
    String method,
    String path,
    Operation operation,
    List<Parameter> parameters) {

  /** {@code sezzle createOrderByCustomer}: how every message names the operation. */
  String name() {
    return spec.provider() + " " + operationId;
  }

  /** The request body, reference followed; null when the operation takes none. */
  RequestBody requestBody() {
    RequestBody body = operation.getRequestBody();
    if (body == null || body.get$ref() == null) {
      return body;
    }
    return component(spec.api().getComponents().getRequestBodies(), body.get$ref());
  }

  /** The response declared for {@code status}, reference followed. */
  ApiResponse response(String status) {
    ApiResponse response = operation.getResponses().get(status);
    if (response == null || response.get$ref() == null) {
      return response;
    }
    return component(spec.api().getComponents().getResponses(), response.get$ref());
  }

  /** The security requirements in force: the operation's own, else the spec's root ones. */
  List<SecurityRequirement> security() {
    List<SecurityRequirement> own = operation.getSecurity();
    if (own != null) {
      return own;
    }
    return spec.api().getSecurity() == null ? List.of() : spec.api().getSecurity();
  }

  <T> T component(Map<String, T> components, String ref) {
    T found = components == null ? null : components.get(ref.substring(ref.lastIndexOf('/') + 1));
    if (found == null) {
      throw new IllegalStateException(
          spec.resource() + ": unresolved $ref " + ref + " in " + name());
    }
    return found;
  }
}
