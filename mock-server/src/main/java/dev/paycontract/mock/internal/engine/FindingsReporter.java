package dev.paycontract.mock.internal.engine;

import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the findings of one exchange go (Prism sections 3, 8.4, 13): into the {@code sl-violations}
 * header of the prepared response, or, with {@code --errors} and a response finding of severity
 * Error, into a 500 VIOLATIONS problem instead.
 */
final class FindingsReporter {

  private FindingsReporter() {}

  /**
   * True when {@code --errors} must turn the response into a 500: a response finding of severity
   * Error.
   */
  static boolean failsErrorsFlag(StaticResponses.Prepared ready) {
    return ready.findings().stream().anyMatch(v -> v.severity() == Violation.Severity.Error);
  }

  /**
   * The 500 VIOLATIONS problem for the response findings, with their {@code sl-violations} header.
   */
  static Handled violationsProblem(StaticResponses.Prepared ready) {
    List<Violation> responseFindings = ready.findings();
    Problem p500 =
        Problem.withValidation(
            ProblemType.VIOLATIONS, RequestProblems.VIOLATIONS_DETAIL, responseFindings);
    return new Handled(
        ViolationsHeader.addTo(p500.toResponse(), responseFindings), responseFindings);
  }

  /**
   * The prepared response for this request: request findings first, then response findings, both in
   * {@code sl-violations}.
   *
   * @param requestViolations the request validator's findings, not yet located under {@code
   *     "request"}
   */
  static Handled report(StaticResponses.Prepared ready, List<Violation> requestViolations) {
    if (requestViolations.isEmpty()) {
      return new Handled(ready.copy(ready.violationsHeader()), ready.findings());
    }
    List<Violation> all = new ArrayList<>(Handled.requestFindings(requestViolations));
    all.addAll(ready.findings());
    return new Handled(ready.copy(ViolationsHeader.value(all)), all);
  }
}
