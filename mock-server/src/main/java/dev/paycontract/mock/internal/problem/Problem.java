package dev.paycontract.mock.internal.problem;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One error the mock generates itself, rendered as {@code application/problem+json} with Prism's
 * key order: type, title, status, detail, then validation or headers.
 *
 * @param type catalogue entry (status and type URI)
 * @param title usually {@code type.title()}; Prism's UNKNOWN uses the error message
 * @param status HTTP status, usually {@code type.status()}
 * @param detail the sentence that names the culprit
 * @param validation entries of a 422 / VIOLATIONS problem, empty otherwise
 * @param headers extra response headers that Prism also echoes in the body (401 challenges)
 */
public record Problem(
    ProblemType type,
    String title,
    int status,
    String detail,
    List<Violation> validation,
    Map<String, String> headers) {

  public static final String CONTENT_TYPE = "application/problem+json";

  public Problem {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(detail, "detail == null");
    validation = List.copyOf(validation);
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  public static Problem of(ProblemType type, String detail) {
    return new Problem(type, type.title(), type.status(), detail, List.of(), Map.of());
  }

  public static Problem withValidation(ProblemType type, String detail, List<Violation> entries) {
    return new Problem(type, type.title(), type.status(), detail, entries, Map.of());
  }

  /** Prism's catch-all: the message is both title and detail. */
  public static Problem unknown(String message) {
    return new Problem(ProblemType.UNKNOWN, message, 500, message, List.of(), Map.of());
  }

  public byte[] toJson() {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("type", type.uri());
    node.put("title", title);
    node.put("status", status);
    node.put("detail", detail);
    if (!validation.isEmpty()) {
      node.set("validation", violationsToJson(validation));
    }
    if (!headers.isEmpty()) {
      ObjectNode h = node.putObject("headers");
      headers.forEach(h::put);
    }
    return Json.bytes(node);
  }

  public MockResponse toResponse() {
    Map<String, List<String>> h = new LinkedHashMap<>();
    h.put("content-type", List.of(CONTENT_TYPE));
    headers.forEach((k, v) -> h.put(k, List.of(v)));
    return new MockResponse(status, h, toJson());
  }

  /**
   * Violations in Prism's entry shape {@code {location, severity, code, message}}; an empty
   * location is left out and an all-digit code is a JSON number and an empty code is left out (8.2,
   * 8.4, 12.2).
   */
  public static ArrayNode violationsToJson(List<Violation> violations) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    for (Violation v : violations) {
      ObjectNode e = array.addObject();
      if (!v.location().isEmpty()) {
        ArrayNode loc = e.putArray("location");
        v.location().forEach(loc::add);
      }
      e.put("severity", v.severity().name());
      if (v.code().matches("\\d{1,9}")) {
        e.put("code", Integer.parseInt(v.code()));
      } else if (!v.code().isEmpty()) {
        e.put("code", v.code());
      }
      e.put("message", v.message());
    }
    return array;
  }
}
