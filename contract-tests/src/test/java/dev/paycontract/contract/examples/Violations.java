package dev.paycontract.contract.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the violations the mock reports: Prism's {@code sl-violations} header or {@code
 * validation[]}.
 */
final class Violations {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One reported violation: where, and the JSON-Schema keyword. */
  record Violation(List<String> location, String code) {
    @Override
    public String toString() {
      return location + " " + code;
    }
  }

  private Violations() {}

  /**
   * The request violations of a response: from the {@code sl-violations} header (locations start
   * with {@code "request"}, which is dropped) or, for a problem body the mock made itself, from its
   * {@code validation[]}.
   */
  static List<Violation> ofRequest(String header, String problemBody) throws Exception {
    List<Violation> found = new ArrayList<>();
    if (header != null) {
      String json =
          header.startsWith("Too many violations! ")
              ? header.substring("Too many violations! ".length())
              : header;
      for (JsonNode entry : JSON.readTree(json)) {
        List<String> location = location(entry);
        if (!location.isEmpty() && location.get(0).equals("request")) {
          found.add(
              new Violation(location.subList(1, location.size()), entry.path("code").asText()));
        }
      }
    } else if (problemBody != null && !problemBody.isBlank()) {
      for (JsonNode entry : JSON.readTree(problemBody).path("validation")) {
        found.add(new Violation(location(entry), entry.path("code").asText()));
      }
    }
    return found;
  }

  private static List<String> location(JsonNode entry) {
    List<String> location = new ArrayList<>();
    entry.path("location").forEach(segment -> location.add(segment.asText()));
    return location;
  }
}
