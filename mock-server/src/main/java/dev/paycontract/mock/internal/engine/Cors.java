package dev.paycontract.mock.internal.engine;

import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.MockResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prism's CORS (section 11): every response echoes the Origin (or {@code *}) with credentials
 * allowed and all headers exposed; any OPTIONS carrying Origin and Access-Control-Request-Method is
 * a preflight answered with 204 before routing. Spec-declared headers win over these.
 */
final class Cors {

  private Cors() {}

  static boolean isPreflight(MockRequest request) {
    return request.method().equals("OPTIONS")
        && request.header("origin") != null
        && request.header("access-control-request-method") != null;
  }

  static MockResponse preflight(MockRequest request) {
    Map<String, List<String>> headers = base(request);
    headers.put(
        "Access-Control-Allow-Methods", List.of(request.header("access-control-request-method")));
    headers.put("Vary", List.of("origin"));
    return new MockResponse(204, headers, new byte[0]);
  }

  static MockResponse decorate(MockRequest request, MockResponse response) {
    Map<String, List<String>> headers = base(request);
    response
        .headers()
        .forEach(
            (name, values) -> {
              headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
              headers.put(name, values);
            });
    return new MockResponse(response.status(), headers, response.body());
  }

  private static Map<String, List<String>> base(MockRequest request) {
    Map<String, List<String>> h = new LinkedHashMap<>();
    h.put("Access-Control-Allow-Origin", List.of(orStar(request.header("origin"))));
    h.put(
        "Access-Control-Allow-Headers",
        List.of(orStar(request.header("access-control-request-headers"))));
    h.put("Access-Control-Allow-Credentials", List.of("true"));
    h.put(
        "Access-Control-Expose-Headers",
        List.of(orStar(request.header("access-control-expose-headers"))));
    return h;
  }

  private static String orStar(String value) {
    return value == null || value.isEmpty() ? "*" : value;
  }
}
