package dev.paycontract.mock.internal.engine;

import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.problem.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code sl-violations} header value (Prism section 8.4): a JSON array, cut beyond 8 KB. */
final class ViolationsHeader {

  static final String NAME = "sl-violations";
  static final int LIMIT = 8 * 1024;

  private ViolationsHeader() {}

  static String value(List<Violation> violations) {
    String json = Json.asciiString(Problem.violationsToJson(violations));
    return json.length() > LIMIT ? "Too many violations! " + json.substring(0, LIMIT) : json;
  }

  /** {@code response} with the header first, or as it is when there are no violations. */
  static MockResponse addTo(MockResponse response, List<Violation> violations) {
    if (violations.isEmpty()) {
      return response;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put(NAME, List.of(value(violations)));
    headers.putAll(response.headers());
    return new MockResponse(response.status(), headers, response.body());
  }
}
