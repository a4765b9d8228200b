package dev.paycontract.mock.internal.negotiation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.problem.ProblemType;
import dev.paycontract.mock.internal.spec.Refs;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which example of a media type is served (Prism section 6.1): a single {@code example} counts as
 * the example named {@code default}; {@code examples} keep their keys and order; without a
 * preference the first one is used. Examples are served as written, valid or not.
 */
public final class ExampleSelector {

  /**
   * @param contentType the negotiated media type key (for the 404 message), or null
   * @param mediaType its declaration, or null when the response has no content
   * @param preferredKey {@code Prefer: example=} value, or null
   * @return the example value, empty when there is none to use (sample the schema instead), or 404
   *     NOT_FOUND for a preferred key that does not exist
   */
  public Outcome<Optional<JsonNode>> select(
      String contentType, MediaType mediaType, String preferredKey, Refs refs) {
    return select(contentType, examples(mediaType, refs), preferredKey);
  }

  /**
   * As {@link #select(String, MediaType, String, Refs)}, from the media type's {@link #examples}
   * worked out before.
   */
  public Outcome<Optional<JsonNode>> select(
      String contentType, Map<String, JsonNode> examples, String preferredKey) {
    if (preferredKey != null) {
      JsonNode value = examples.get(preferredKey);
      if (value == null) {
        return Outcome.failed(missingKey(contentType, preferredKey));
      }
      return Outcome.ok(Optional.of(value));
    }
    return Outcome.ok(examples.values().stream().findFirst());
  }

  /** Prism's 404 for a {@code Prefer: example=} key the media type does not have. */
  static Problem missingKey(String contentType, String preferredKey) {
    return Problem.of(
        ProblemType.NOT_FOUND,
        "Response for contentType: "
            + contentType
            + " and exampleKey: "
            + preferredKey
            + " does not exist.");
  }

  /** The examples of a media type by key, in declaration order. */
  public static Map<String, JsonNode> examples(MediaType mediaType, Refs refs) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (mediaType == null) {
      return out;
    }
    if (mediaType.getExample() != null || Boolean.TRUE.equals(mediaType.getExampleSetFlag())) {
      out.put("default", Json.toNode(mediaType.getExample()));
    }
    if (mediaType.getExamples() != null) {
      for (Map.Entry<String, Example> e : mediaType.getExamples().entrySet()) {
        Example example = refs.example(e.getValue());
        if (example != null && (example.getValue() != null || example.getExternalValue() == null)) {
          out.putIfAbsent(e.getKey(), Json.toNode(example.getValue()));
        }
      }
    }
    return out;
  }
}
