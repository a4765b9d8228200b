package dev.paycontract.mock.internal.engine;

import dev.paycontract.mock.internal.body.dynamic.DatafakerBodyGenerator;
import dev.paycontract.mock.internal.body.dynamic.DynamicBodyGenerator;
import dev.paycontract.mock.internal.body.assemble.ResponseAssembler;
import dev.paycontract.mock.internal.body.sample.SchemaSampler;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.spec.Refs;
import dev.paycontract.mock.internal.validation.RequestValidator;
import dev.paycontract.mock.internal.validation.ResponseValidator;

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
