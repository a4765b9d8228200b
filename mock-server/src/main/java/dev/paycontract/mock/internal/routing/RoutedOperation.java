package dev.paycontract.mock.internal.routing;

import dev.paycontract.mock.internal.spec.LoadedSpec;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.Map;
import java.util.Objects;

/**
 * The operation a request was routed to.
 *
 * @param spec the spec that declares it
 * @param pathTemplate the path key as written in the spec ({@code /v2/order/{order_uuid}})
 * @param method the HTTP method of the operation
 * @param operation the operation object
 * @param pathParams path parameter values, percent-decoded
 */
public record RoutedOperation(
    LoadedSpec spec,
    String pathTemplate,
    PathItem.HttpMethod method,
    Operation operation,
    Map<String, String> pathParams) {

  public RoutedOperation {
    Objects.requireNonNull(spec, "spec == null");
    Objects.requireNonNull(pathTemplate, "pathTemplate == null");
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(operation, "operation == null");
    pathParams = Map.copyOf(pathParams);
  }
}
