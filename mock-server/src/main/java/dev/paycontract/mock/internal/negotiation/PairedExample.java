package dev.paycontract.mock.internal.negotiation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Paired examples ({@code --stateful} only; Prism has no such rule): a request body equal to a
 * named request example is answered with the response example of the same name, when the chosen
 * media type has one. {@code Prefer: example=} still wins; the caller does not ask then.
 */
public final class PairedExample {

  /** Numbers compare by value: the request reads 5 as an int, an example may hold it as a long or a decimal. */
  private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  };

  private PairedExample() {}

  /**
   * @param sent the parsed request body, or null
   * @param requestExamples the request media type's examples by name
   * @param responseExamples the chosen response media type's examples by name
   * @return the shared name, empty when the body matches no request example or the response has no
   *     example of that name
   */
  public static Optional<String> name(JsonNode sent, Map<String, JsonNode> requestExamples, Map<String, JsonNode> responseExamples) {
    if (sent == null || sent.isMissingNode()) {
      return Optional.empty();
    }
    for (Map.Entry<String, JsonNode> e : requestExamples.entrySet()) {
      if (e.getValue() != null && sent.equals(SAME_VALUE, e.getValue()) && responseExamples.containsKey(e.getKey())) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }
}
