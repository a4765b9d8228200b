package dev.paycontract.mock.validation;

import dev.paycontract.mock.http.MockResponse;
import dev.paycontract.mock.routing.RoutedOperation;
import dev.paycontract.mock.spec.LoadedSpec;
import java.util.List;

/**
 * Checks a produced response against the operation (status, media type, body, headers); findings
 * have locations starting after "response" (the caller prefixes them).
 * PLACEHOLDER: the real implementation wraps the Atlassian validator (being written).
 */
public final class ResponseValidator {

  public ResponseValidator(LoadedSpec spec) {}

  public List<Violation> validate(RoutedOperation operation, MockResponse response) {
    return List.of();
  }
}
