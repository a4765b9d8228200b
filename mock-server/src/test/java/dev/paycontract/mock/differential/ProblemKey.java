package dev.paycontract.mock.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What must match between two problems or two {@code sl-violations} headers: the {@code (location,
 * code)} pairs of the findings, never their messages (section 16 of the behaviour reference).
 */
final class ProblemKey {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemKey() {}

  /** What identifies a problem: type, status, member names and the (location, code) set. */
  static String of(JsonNode problem) {
    Set<String> members = new TreeSet<>();
    problem.fieldNames().forEachRemaining(members::add);
    StringBuilder key =
        new StringBuilder()
            .append("type=")
            .append(problem.path("type").asText("<none>"))
            .append(", status=")
            .append(problem.path("status").asText("<none>"))
            .append(", members=")
            .append(members);
    if (problem.has("validation")) {
      key.append(", validation=").append(locationCodes(problem.get("validation")));
    }
    return key.toString();
  }

  /** {@code [{location:["body","amount"],code:"minimum"}]} -> {@code {body/amount minimum}}. */
  static Set<String> locationCodes(JsonNode entries) {
    Set<String> pairs = new TreeSet<>();
    for (JsonNode entry : entries) {
      List<String> location = new ArrayList<>();
      entry.path("location").forEach(segment -> location.add(segment.asText()));
      JsonNode codeNode = entry.get("code");
      String code =
          codeNode == null ? "(no code)" : codeNode.asText().isEmpty() ? "\"\"" : codeNode.asText();
      pairs.add((location.isEmpty() ? "(no location)" : String.join("/", location)) + " " + code);
    }
    return pairs;
  }

  /** The (location, code) set of an {@code sl-violations} header, or its raw text if not JSON. */
  static String violationSet(String header) {
    try {
      JsonNode entries = JSON.readTree(header);
      if (entries != null && entries.isArray()) {
        return locationCodes(entries).toString();
      }
    } catch (Exception e) {
      // falls through: compared as text
    }
    return "unparsed " + header;
  }
}
