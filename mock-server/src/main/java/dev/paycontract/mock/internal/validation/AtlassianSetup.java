package dev.paycontract.mock.internal.validation;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;

/**
 * The Atlassian pieces we use, configured once per spec. We call the operation-level validators
 * directly with the operation the router already found, so the library does no path matching.
 */
final class AtlassianSetup {

  final MessageResolver messages;
  final SchemaValidator schemas;

  AtlassianSetup(OpenAPI api) {
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
    this.schemas = new SchemaValidator(api, messages);
  }
}
