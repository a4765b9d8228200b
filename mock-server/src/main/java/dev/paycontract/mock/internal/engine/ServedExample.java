package dev.paycontract.mock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.internal.body.assemble.ResponseAssembler.Parts;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.Map;

/**
 * Names the example a response was built from, for the request log and journal: the picker hands
 * over the example's value, so the name is found by comparing it with the media type's examples
 * (the preferred key first, then declaration order).
 */
final class ServedExample {

  private ServedExample() {}

  /** The example's key, or null when the body is not one of the media type's examples. */
  static String name(Parts parts, String preferredKey, StaticBodies bodies) {
    JsonNode body = parts.body();
    if (parts.mediaType() == null || body == null || body.isMissingNode() || parts.response() == null
        || parts.response().getContent() == null) {
      return null;
    }
    MediaType mediaType = parts.response().getContent().get(parts.mediaType());
    Map<String, JsonNode> examples = bodies.examples(mediaType);
    if (preferredKey != null && body.equals(examples.get(preferredKey))) {
      return preferredKey;
    }
    for (Map.Entry<String, JsonNode> e : examples.entrySet()) {
      if (body.equals(e.getValue())) {
        return e.getKey();
      }
    }
    return null;
  }
}
