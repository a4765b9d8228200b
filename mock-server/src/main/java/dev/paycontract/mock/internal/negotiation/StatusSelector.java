package dev.paycontract.mock.internal.negotiation;

import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.problem.ProblemType;
import dev.paycontract.mock.internal.spec.ModelKey;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Which declared response, served with which status (Prism sections 5 and 8.3). */
public final class StatusSelector {

  private static final Pattern SUCCESS = Pattern.compile("2(\\d\\d|XX)");
  private static final Pattern STATUS = Pattern.compile("[1-5](\\d\\d|XX)");

  /**
   * @param status the status to send
   * @param key the response key as declared ({@code 200}, {@code 2XX}, {@code default})
   * @param response the declared response
   */
  public record StatusChoice(int status, String key, ApiResponse response) {}

  private final Map<ModelKey, Outcome<StatusChoice>> defaults = new ConcurrentHashMap<>();

  /**
   * A valid request: the preferred code (exact, else its range, else {@code default}, else 404
   * NOT_FOUND), or without preference the lowest 2xx, else {@code default} as 200, else the first
   * declared response.
   */
  public Outcome<StatusChoice> forValid(Operation operation, Integer preferred) {
    if (preferred == null) {
      return defaults.computeIfAbsent(new ModelKey(operation), id -> defaultChoice(operation));
    }
    Map<String, ApiResponse> responses = responses(operation);
    return exactOrRange(responses, preferred)
        .or(() -> byKey(responses, "default", preferred))
        .map(Outcome::ok)
        .orElseGet(
            () ->
                Outcome.failed(
                    ProblemType.NOT_FOUND,
                    "Requested status code " + preferred + " is not defined in the document."));
  }

  /**
   * Without a preference the answer depends on the operation alone: worked out once per operation.
   */
  private static Outcome<StatusChoice> defaultChoice(Operation operation) {
    Map<String, ApiResponse> responses = responses(operation);
    Optional<String> lowest2xx =
        responses.keySet().stream()
            .filter(k -> SUCCESS.matcher(k.toUpperCase(Locale.ROOT)).matches())
            .min((a, b) -> a.toUpperCase(Locale.ROOT).compareTo(b.toUpperCase(Locale.ROOT)));
    if (lowest2xx.isPresent()) {
      String key = lowest2xx.get();
      return Outcome.ok(new StatusChoice(statusOf(key), key, responses.get(key)));
    }
    if (responses.containsKey("default")) {
      return Outcome.ok(new StatusChoice(200, "default", responses.get("default")));
    }
    for (Map.Entry<String, ApiResponse> e : responses.entrySet()) {
      if (STATUS.matcher(e.getKey().toUpperCase(Locale.ROOT)).matches()) {
        return Outcome.ok(new StatusChoice(statusOf(e.getKey()), e.getKey(), e.getValue()));
      }
    }
    return Outcome.failed(
        ProblemType.NO_RESPONSE_RESPONSE_DEFINED,
        "The operation declares no responses, so there is nothing to mock.");
  }

  /**
   * An invalid request: the first of {@code codes} that is declared, each tried exactly and then as
   * its range ({@code 4XX}, served with the code) before the next code, else {@code default} served
   * with the first code; empty when the spec has none of them, so the mock answers with its own
   * problem. A {@code Prefer: code} does not change the order (Prism reads it only to decide
   * whether the preferred example key applies).
   */
  public Optional<StatusChoice> forInvalid(Operation operation, List<Integer> codes) {
    Map<String, ApiResponse> responses = responses(operation);
    for (int code : codes) {
      Optional<StatusChoice> hit = exactOrRange(responses, code);
      if (hit.isPresent()) {
        return hit;
      }
    }
    return byKey(responses, "default", codes.get(0));
  }

  private static Optional<StatusChoice> exactOrRange(Map<String, ApiResponse> responses, int code) {
    return byKey(responses, String.valueOf(code), code)
        .or(() -> byKey(responses, (code / 100) + "XX", code));
  }

  private static Optional<StatusChoice> byKey(
      Map<String, ApiResponse> responses, String key, int status) {
    for (Map.Entry<String, ApiResponse> e : responses.entrySet()) {
      if (e.getKey().equalsIgnoreCase(key)) {
        return Optional.of(new StatusChoice(status, e.getKey(), e.getValue()));
      }
    }
    return Optional.empty();
  }

  private static int statusOf(String key) {
    String k = key.toUpperCase(Locale.ROOT);
    return k.endsWith("XX") ? (k.charAt(0) - '0') * 100 : Integer.parseInt(k);
  }

  private static Map<String, ApiResponse> responses(Operation operation) {
    return operation.getResponses() == null ? Map.of() : operation.getResponses();
  }
}
