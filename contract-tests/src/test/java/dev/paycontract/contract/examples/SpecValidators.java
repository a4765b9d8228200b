package dev.paycontract.contract.examples;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** One Atlassian validator per spec text, configured with the OpenAPI semantics the mock uses. */
final class SpecValidators {

  private static final Map<String, OpenApiInteractionValidator> CACHE = new ConcurrentHashMap<>();

  private SpecValidators() {}

  static OpenApiInteractionValidator of(BundledSpec spec) {
    return forYaml(spec.yaml());
  }

  static OpenApiInteractionValidator forYaml(String yaml) {
    return CACHE.computeIfAbsent(yaml, SpecValidators::create);
  }

  private static OpenApiInteractionValidator create(String yaml) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    // The validator follows no $ref to components/responses by itself: hand it a resolved model.
    options.setResolveFully(true);
    OpenAPI api = new OpenAPIV3Parser().readContents(yaml, null, options).getOpenAPI();
    // The validator reads only operation-level security; give every operation the root one.
    if (api.getSecurity() != null) {
      api.getPaths()
          .values()
          .forEach(
              item ->
                  item.readOperations()
                      .forEach(
                          op -> {
                            if (op.getSecurity() == null) {
                              op.setSecurity(api.getSecurity());
                            }
                          }));
    }
    return OpenApiInteractionValidator.createFor(api)
        .withLevelResolver(
            LevelResolver.create()
                // The validator otherwise treats every object as additionalProperties: false;
                // OpenAPI (and Prism) allow extra members unless the schema says so.
                .withLevel("validation.schema.additionalProperties", Level.IGNORE)
                .build())
        .build();
  }

  /** The report's errors, one per line: key, message and where. */
  static String describe(ValidationReport report) {
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == Level.ERROR)
        .map(
            m ->
                "  - "
                    + m.getKey()
                    + ": "
                    + m.getMessage()
                    + m.getContext()
                        .flatMap(c -> c.getPointers())
                        .map(
                            p ->
                                " (at " + (p.getInstance().isEmpty() ? "/" : p.getInstance()) + ")")
                        .orElse(""))
        .collect(Collectors.joining("\n"));
  }
}
