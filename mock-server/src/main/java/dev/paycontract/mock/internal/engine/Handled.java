package dev.paycontract.mock.internal.engine;

import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.api.ResourceRef;
import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.routing.RoutedOperation;
import dev.paycontract.mock.api.Violation;
import java.util.List;

/**
 * A response before CORS, with what the listeners need.
 *
 * @param violations request findings located under {@code "request"}, response findings under
 *     {@code "response"}
 * @param op the routed operation, or null when the request was not routed
 * @param example the name of the example served, or null
 * @param dynamic true when the body was generated
 * @param resource the stored resource the answer came from ({@code --stateful}), or null
 */
record Handled(MockResponse response, List<Violation> violations, RoutedOperation op, String example, boolean dynamic, ResourceRef resource) {

  Handled(MockResponse response, List<Violation> violations) {
    this(response, violations, null, null, false, null);
  }

  /** A problem answered as is, its {@code validation[]} entries as request findings. */
  static Handled problem(Problem problem) {
    return new Handled(problem.toResponse(), requestFindings(problem.validation()));
  }

  /** Request violations as the listeners and {@code sl-violations} report them (location {@code ["request", ...]}). */
  static List<Violation> requestFindings(List<Violation> violations) {
    return violations.stream().map(v -> v.prefixed("request")).toList();
  }

  Handled routed(RoutedOperation o) {
    return new Handled(response, violations, o, example, dynamic, resource);
  }

  Handled served(String exampleName, boolean generated) {
    return new Handled(response, violations, op, exampleName, generated, resource);
  }

  Handled withResponse(MockResponse r) {
    return new Handled(r, violations, op, example, dynamic, resource);
  }

  Handled fromStore(ResourceRef ref) {
    return new Handled(response, violations, op, example, dynamic, ref);
  }
}
