package dev.paycontract.mock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.internal.body.assemble.ResponseAssembler;
import dev.paycontract.mock.internal.body.dynamic.DatafakerBodyGenerator;
import dev.paycontract.mock.internal.body.dynamic.DynamicBodyGenerator;
import dev.paycontract.mock.internal.body.sample.SchemaSampler;
import dev.paycontract.mock.internal.negotiation.BodySources;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.spec.Refs;
import dev.paycontract.mock.internal.validation.RequestValidator;
import dev.paycontract.mock.internal.validation.ResponseValidator;
import dev.paycontract.mock.internal.validation.Validators;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The per-spec components, built once at start-up (the validators' schema set-up on first use, ADR
 * 0029); the bodies the selectors can name.
 */
record SpecRuntime(
    LoadedSpec spec,
    Refs refs,
    SchemaSampler sampler,
    DynamicBodyGenerator generator,
    ResponseAssembler assembler,
    RequestValidator requestValidator,
    ResponseValidator responseValidator,
    StaticBodies bodies,
    StaticResponses responses)
    implements BodySources {

  @Override
  public Map<String, JsonNode> examples(MediaType mediaType) {
    return bodies.examples(mediaType);
  }

  @Override
  public Optional<JsonNode> sample(Schema<?> schema) {
    return bodies.sample(schema);
  }

  @Override
  public JsonNode generate(Schema<?> schema, Random random) {
    return generator.generate(schema, random);
  }

  static SpecRuntime of(LoadedSpec spec, boolean validateLikePrism) {
    Refs refs = new Refs(spec.openApi());
    SchemaSampler sampler = new SchemaSampler(spec.openApi(), refs);
    DynamicBodyGenerator generator = new DatafakerBodyGenerator(refs);
    Validators validators = Validators.of(spec, validateLikePrism);
    return new SpecRuntime(
        spec,
        refs,
        sampler,
        generator,
        new ResponseAssembler(refs, sampler, generator),
        validators.request(),
        validators.response(),
        new StaticBodies(refs, sampler),
        new StaticResponses());
  }
}
