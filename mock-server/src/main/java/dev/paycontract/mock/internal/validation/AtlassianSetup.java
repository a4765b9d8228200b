package dev.paycontract.mock.internal.validation;

import com.atlassian.oai.validator.interaction.request.RequestValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;

/**
 * The Atlassian pieces we use, configured once per spec. We call the operation-level validators
 * directly with the operation the router already found, so the library does no path matching.
 *
 * <p>The schema validator is built on first use, not at start-up: its constructor serialises every
 * component schema of the spec to a tree (about a sixth of a start on one core, ADR 0029), and a
 * served spec may never need it (a 404, an example answered without a body to check). {@link
 * #prepare()} builds it ahead of the first request, off the thread that starts the server.
 */
final class AtlassianSetup {

  final MessageResolver messages;
  private final OpenAPI api;
  private volatile SchemaValidator schemas;
  private volatile RequestValidator parameters;

  AtlassianSetup(OpenAPI api) {
    this.api = api;
    LevelResolver levels =
        LevelResolver.create()
            // G4: objects allow extra properties unless the schema says additionalProperties: false
            .withLevel("validation.schema.additionalProperties", Level.IGNORE)
            // checked by hand with Prism's rules (SecurityChecker, RequestValidator)
            .withLevel("validation.request.security", Level.IGNORE)
            .withLevel("validation.request.contentType", Level.IGNORE)
            .withLevel("validation.request.body.missing", Level.IGNORE)
            .withLevel("validation.request.body.unexpected", Level.IGNORE)
            // content negotiation (406) is the engine's job
            .withLevel("validation.request.accept", Level.IGNORE)
            // Prism ignores query parameters it does not know
            .withLevel("validation.request.parameter.query.unexpected", Level.IGNORE)
            .withLevel("validation.request.operation", Level.IGNORE)
            .withLevel("validation.request.path", Level.IGNORE)
            .build();
    this.messages = new MessageResolver(levels);
  }

  /** The library's schema validator over this spec's components, built once on first use. */
  SchemaValidator schemas() {
    SchemaValidator built = schemas;
    if (built == null) {
      synchronized (this) {
        built = schemas;
        if (built == null) {
          built = new SchemaValidator(api, messages);
          schemas = built;
        }
      }
    }
    return built;
  }

  /**
   * The library's whole-request validator, for the parameters only it can read (arrays and objects
   * in their serialisation styles); built once on first use.
   */
  RequestValidator parameters() {
    RequestValidator built = parameters;
    if (built == null) {
      synchronized (this) {
        built = parameters;
        if (built == null) {
          built = new RequestValidator(schemas(), messages, api, List.of());
          parameters = built;
        }
      }
    }
    return built;
  }

  /** Builds what {@link #schemas()} would build on first use. */
  void prepare() {
    schemas();
  }
}
