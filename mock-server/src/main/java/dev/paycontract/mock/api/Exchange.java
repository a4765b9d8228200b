package dev.paycontract.mock.api;

import dev.paycontract.mock.api.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request the mock answered, with what it decided: the record that {@link ExchangeListener}s
 * (the request log, the request journal) receive.
 *
 * @param time when the request arrived
 * @param request the request as received (headers and body unmasked)
 * @param response the response as sent
 * @param operationPath the routed operation's path template with any mount prefix
 *     ({@code /v2/customer/{customer_uuid}/order}), or null when the request was not routed
 * @param pathParams path parameter values of the routed operation (empty when not routed)
 * @param example the name of the example served ({@code default} for a single {@code example}),
 *     or null when no example was served
 * @param dynamic true when the body was generated (dynamic mode)
 * @param violations what the mock found wrong with the request ({@code ["request", ...]}
 *     locations) and with its own response ({@code ["response", ...]})
 * @param duration time spent in the engine
 * @param failure the unexpected error behind a 500 UNKNOWN answer, or null
 * @param resource the stored resource the response came from ({@code --stateful}), or null
 */
public record Exchange(
    Instant time,
    MockRequest request,
    MockResponse response,
    String operationPath,
    Map<String, String> pathParams,
    String example,
    boolean dynamic,
    List<Violation> violations,
    Duration duration,
    Throwable failure,
    ResourceRef resource) {

  public Exchange {
    Objects.requireNonNull(time, "time == null");
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(response, "response == null");
    pathParams = pathParams == null ? Map.of() : Map.copyOf(pathParams);
    violations = List.copyOf(violations);
    Objects.requireNonNull(duration, "duration == null");
  }

  /** An exchange that touched no stored resource. */
  public Exchange(Instant time, MockRequest request, MockResponse response, String operationPath, Map<String, String> pathParams,
      String example, boolean dynamic, List<Violation> violations, Duration duration, Throwable failure) {
    this(time, request, response, operationPath, pathParams, example, dynamic, violations, duration, failure, null);
  }

  public String method() {
    return request.method();
  }

  /** The raw request path, without the query string. */
  public String path() {
    return request.path();
  }

  public int status() {
    return response.status();
  }

  /** The response's {@code Content-Type}, or null when it has none. */
  public String mediaType() {
    return response.header("content-type");
  }

  /** The request body as UTF-8 text ("" when there is none). */
  public String requestBody() {
    return new String(request.body(), StandardCharsets.UTF_8);
  }

  /** The response body as UTF-8 text ("" when there is none). */
  public String responseBody() {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** The findings about the request, without their leading {@code "request"} location segment. */
  public List<Violation> requestViolations() {
    return violations.stream()
        .filter(v -> !v.location().isEmpty() && v.location().get(0).equals("request"))
        .map(v -> new Violation(v.location().subList(1, v.location().size()), v.severity(), v.code(), v.message()))
        .toList();
  }
}
