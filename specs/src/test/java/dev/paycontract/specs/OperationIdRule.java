package dev.paycontract.specs;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every operation has an {@code operationId}, unique in the document and lowerCamel, because the
 * generated client names its methods after it and {@code Prefer}-driven tests address operations by
 * it.
 */
final class OperationIdRule implements SpecRule {

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][A-Za-z0-9]*");

  @Override
  public String name() {
    return "operation-id";
  }

  @Override
  public List<Finding> check(SpecDocument spec) {
    List<Finding> findings = new ArrayList<>();
    Map<String, JsonPointer> seen = new HashMap<>();
    JsonPointer paths = JsonPointer.empty().appendProperty("paths");
    for (Map.Entry<String, JsonNode> path : spec.tree().path("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        if (!METHODS.contains(operation.getKey())) {
          continue;
        }
        JsonPointer at = paths.appendProperty(path.getKey()).appendProperty(operation.getKey());
        String label = operation.getKey().toUpperCase() + " " + path.getKey();
        JsonNode id = operation.getValue().path("operationId");
        if (!id.isTextual() || id.asText().isBlank()) {
          findings.add(spec.finding(at, name(), label + " has no operationId"));
          continue;
        }
        JsonPointer idAt = at.appendProperty("operationId");
        if (!LOWER_CAMEL.matcher(id.asText()).matches()) {
          findings.add(
              spec.finding(
                  idAt,
                  name(),
                  label
                      + " has operationId '"
                      + id.asText()
                      + "', which is not lowerCamel ([a-z][A-Za-z0-9]*)"));
        }
        JsonPointer first = seen.putIfAbsent(id.asText(), at);
        if (first != null) {
          findings.add(
              spec.finding(
                  idAt,
                  name(),
                  label + " reuses operationId '" + id.asText() + "' already used at " + first));
        }
      }
    }
    return findings;
  }
}
