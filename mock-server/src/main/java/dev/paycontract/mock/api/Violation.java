package dev.paycontract.mock.api;

import java.util.List;
import java.util.Objects;

/**
 * One finding about a request or a response, in Prism's shape ({@code validation[]} entries of a
 * 422 problem, and the {@code sl-violations} header).
 *
 * @param location path of the failing value: {@code ["body","order_amount","amount_in_cents"]},
 *     {@code ["query","limit"]}, {@code ["header","x-trace"]}, {@code ["path","id"]}; empty when
 *     Prism omits the location (a missing required body)
 * @param severity Error or Warning
 * @param code JSON-Schema keyword ({@code enum}, {@code required}, ...) or an HTTP status for
 *     security (401) and content-type (415) findings; all-digit codes are written as JSON numbers
 * @param message human text, Prism wording ({@code Request body property intent must be ...})
 */
public record Violation(List<String> location, Severity severity, String code, String message) {

  public enum Severity {
    Error,
    Warning
  }

  public Violation {
    location = List.copyOf(Objects.requireNonNull(location, "location == null"));
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** The same finding with a prefix put in front of its location ("request" / "response"). */
  public Violation prefixed(String first) {
    var l = new java.util.ArrayList<String>(location.size() + 1);
    l.add(first);
    l.addAll(location);
    return new Violation(l, severity, code, message);
  }
}
