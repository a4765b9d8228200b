package dev.paycontract.mock.validation;

import dev.paycontract.mock.http.MockRequest;
import dev.paycontract.mock.routing.RoutedOperation;
import dev.paycontract.mock.spec.LoadedSpec;
import java.util.List;

/**
 * Checks a routed request against its operation: security, content type, parameters and body.
 * PLACEHOLDER: the real implementation wraps the Atlassian validator (being written).
 */
public final class RequestValidator {

  public RequestValidator(LoadedSpec spec) {}

  public RequestVerdict validate(MockRequest request, RoutedOperation operation) {
    return new RequestVerdict.Valid(List.of());
  }
}
