package dev.paycontract.mock.engine;

import dev.paycontract.mock.body.DatafakerBodyGenerator;
import dev.paycontract.mock.body.DynamicBodyGenerator;
import dev.paycontract.mock.body.ResponseAssembler;
import dev.paycontract.mock.body.SchemaSampler;
import dev.paycontract.mock.spec.LoadedSpec;
import dev.paycontract.mock.spec.Refs;
import dev.paycontract.mock.validation.RequestValidator;
import dev.paycontract.mock.validation.ResponseValidator;

/** The per-spec components, built once at start-up. */
record SpecRuntime(
    LoadedSpec spec,
    Refs refs,
    SchemaSampler sampler,
    DynamicBodyGenerator generator,
    ResponseAssembler assembler,
    RequestValidator requestValidator,
    ResponseValidator responseValidator,
    StaticBodies bodies,
    StaticResponses responses) {

  static SpecRuntime of(LoadedSpec spec) {
    Refs refs = new Refs(spec.openApi());
    SchemaSampler sampler = new SchemaSampler(refs);
    DynamicBodyGenerator generator = new DatafakerBodyGenerator(refs);
    return new SpecRuntime(
        spec,
        refs,
        sampler,
        generator,
        new ResponseAssembler(refs, sampler, generator),
        new RequestValidator(spec),
        new ResponseValidator(spec),
        new StaticBodies(refs, sampler),
        new StaticResponses());
  }
}
