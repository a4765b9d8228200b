package dev.paycontract.mock.internal.negotiation;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Where the bodies a selection can name come from: one spec's examples, samples and generator. */
public interface BodySources {

  /** The media type's examples by key, in declaration order (empty when it has none). */
  Map<String, JsonNode> examples(MediaType mediaType);

  /** The static sample of a schema; empty when the schema exceeds the sampling budget. */
  Optional<JsonNode> sample(Schema<?> schema);

  /** A dynamic body for a schema, drawn from {@code random}. */
  JsonNode generate(Schema<?> schema, Random random);
}
