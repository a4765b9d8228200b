package dev.paycontract.mock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.internal.body.sample.SchemaSampler;
import dev.paycontract.mock.internal.negotiation.ExampleSelector;
import dev.paycontract.mock.internal.spec.ModelKey;
import dev.paycontract.mock.internal.spec.Refs;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The examples of each media type and the static sample of each schema, worked out on first use and
 * kept for the life of the engine. Both are fixed for a loaded spec, and keeping them gives every
 * static body one tree instance, which is what {@link StaticResponses} recognises. The trees are
 * shared between requests and must not be modified. Thread-safe.
 */
final class StaticBodies {

  private final Refs refs;
  private final SchemaSampler sampler;
  private final Map<ModelKey, Map<String, JsonNode>> examples = new ConcurrentHashMap<>();
  private final Map<ModelKey, Optional<JsonNode>> samples = new ConcurrentHashMap<>();

  StaticBodies(Refs refs, SchemaSampler sampler) {
    this.refs = refs;
    this.sampler = sampler;
  }

  /** {@link ExampleSelector#examples}, read-only, the same map for the same media type. */
  Map<String, JsonNode> examples(MediaType mediaType) {
    if (mediaType == null) {
      return Map.of();
    }
    return examples.computeIfAbsent(
        new ModelKey(mediaType),
        k -> Collections.unmodifiableMap(ExampleSelector.examples(mediaType, refs)));
  }

  /** {@link SchemaSampler#sample(Schema)}, the same tree for the same schema. */
  Optional<JsonNode> sample(Schema<?> schema) {
    return samples.computeIfAbsent(new ModelKey(schema), k -> sampler.sample(schema));
  }
}
