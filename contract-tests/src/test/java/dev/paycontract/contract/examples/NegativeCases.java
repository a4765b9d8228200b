package dev.paycontract.contract.examples;

import dev.paycontract.mock.internal.verify.ConstraintBreaks;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * The negative cases of an operation: its first request example, broken one constraint at a time.
 * The derivation itself is the mock server's ({@link ConstraintBreaks}, shared with {@code
 * verify}); this class only turns each break into an {@link ExampleRequest}.
 */
final class NegativeCases {

  private NegativeCases() {}

  static List<NegativeCase> of(SpecOperation operation) {
    ExampleRequest valid = ExampleRequest.of(operation);
    BundledSpec spec = operation.spec();
    List<NegativeCase> cases = new ArrayList<>();
    for (ConstraintBreaks.ParameterBreak b :
        ConstraintBreaks.parameters(operation.parameters(), valid.parameters(), spec::resolve)) {
      cases.add(
          new NegativeCase(
              valid.withParameter(b.key(), b.value()), b.location(), b.code(), b.change()));
    }
    if (valid.body() != null) {
      @SuppressWarnings("rawtypes")
      Schema schema = operation.requestBody().getContent().get(valid.mediaType()).getSchema();
      for (ConstraintBreaks.BodyBreak b :
          ConstraintBreaks.body(schema, valid.body(), spec::resolve)) {
        cases.add(
            new NegativeCase(
                valid.withBody(valid.mediaType(), b.body()), b.location(), b.code(), b.change()));
      }
    }
    return List.copyOf(cases);
  }
}
