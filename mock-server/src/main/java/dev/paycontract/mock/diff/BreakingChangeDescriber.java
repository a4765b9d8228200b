package dev.paycontract.mock.diff;

import static dev.paycontract.mock.diff.ChangeLines.isIncompatible;

import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedHeader;
import org.openapitools.openapidiff.core.model.ChangedHeaders;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Turns openapi-diff's {@link ChangedOpenApi} into one plain-words line per incompatible change.
 *
 * <p>Walks removed endpoints and changed operations down to parameters, request bodies, responses,
 * security and schemas, and phrases only the parts openapi-diff marks incompatible (its
 * request/response rules decide: a narrowed enum breaks a request, a widened one breaks a
 * response). An incompatible part it cannot phrase becomes a fallback line pointing to the Markdown
 * report, so nothing is dropped silently.
 */
final class BreakingChangeDescriber {

  static final String WHOLE_SPEC = "(whole spec)";

  static boolean isFallback(BreakingChange change) {
    return change.description().endsWith(ChangeLines.FALLBACK);
  }

  List<BreakingChange> describe(ChangedOpenApi diff) {
    List<BreakingChange> out = new ArrayList<>();
    for (Endpoint missing : diff.getMissingEndpoints()) {
      out.add(
          new BreakingChange(missing.getMethod() + " " + missing.getPathUrl(), "endpoint removed"));
    }
    for (ChangedOperation operation : diff.getChangedOperations()) {
      if (operation.isIncompatible()) {
        var lines = new ChangeLines(operation.getHttpMethod() + " " + operation.getPathUrl(), out);
        new OperationWording(lines, diff).operation(operation);
      }
    }
    if (out.isEmpty()) { // incompatible, but outside any operation
      out.add(new BreakingChange(WHOLE_SPEC, ChangeLines.FALLBACK));
    }
    return out;
  }

  /** The lines of one changed operation. */
  private static final class OperationWording {
    private final ChangeLines lines;
    private final SchemaChangeWording schemas;
    private final SecurityChangeWording security;

    OperationWording(ChangeLines lines, ChangedOpenApi diff) {
      this.lines = lines;
      this.schemas = new SchemaChangeWording(lines);
      this.security =
          new SecurityChangeWording(lines, diff.getOldSpecOpenApi(), diff.getNewSpecOpenApi());
    }

    void operation(ChangedOperation operation) {
      lines.guarded(
          operation,
          null,
          () -> {
            if (isIncompatible(operation.getParameters())) {
              lines.guarded(
                  operation.getParameters(),
                  "parameters",
                  () -> parameters(operation.getParameters()));
            }
            if (isIncompatible(operation.getRequestBody())) {
              requestBody(operation.getRequestBody());
            }
            if (isIncompatible(operation.getApiResponses())) {
              responses(operation.getApiResponses());
            }
            if (isIncompatible(operation.getSecurityRequirements())) {
              security.security(operation.getSecurityRequirements());
            }
          });
    }

    private void parameters(ChangedParameters parameters) {
      for (Parameter missing : parameters.getMissing()) {
        lines.add(null, missing.getIn() + " parameter `" + missing.getName() + "` removed");
      }
      for (Parameter added : parameters.getIncreased()) {
        if (Boolean.TRUE.equals(added.getRequired())) {
          lines.add(null, "new required " + added.getIn() + " parameter `" + added.getName() + "`");
        }
      }
      for (ChangedParameter changed : parameters.getChanged()) {
        if (!changed.isIncompatible()) {
          continue;
        }
        String where = changed.getIn() + " parameter `" + changed.getName() + "`";
        lines.guarded(
            changed,
            where,
            () -> {
              if (changed.isChangeRequired()) {
                lines.state(
                    where,
                    Boolean.TRUE.equals(changed.getNewParameter().getRequired())
                        ? "is now required"
                        : "is no longer required");
              }
              if (changed.isChangeStyle()
                  || changed.isChangeExplode()
                  || changed.isChangeAllowEmptyValue()) {
                lines.add(where, "serialization (style, explode or allowEmptyValue) changed");
              }
              schemas.schema(changed.getSchema(), where);
              content(changed.getContent(), where);
            });
      }
    }

    private void requestBody(ChangedRequestBody body) {
      lines.guarded(
          body,
          "request body",
          () -> {
            if (body.isChangeRequired()
                && body.getNewRequestBody() != null
                && Boolean.TRUE.equals(body.getNewRequestBody().getRequired())) {
              lines.add(null, "request body is now required");
            }
            content(body.getContent(), "request body");
          });
    }

    private void responses(ChangedApiResponse responses) {
      lines.guarded(
          responses,
          "responses",
          () -> {
            responses
                .getMissing()
                .keySet()
                .forEach(status -> lines.add(null, "response " + status + " removed"));
            for (Map.Entry<String, ChangedResponse> entry : responses.getChanged().entrySet()) {
              ChangedResponse response = entry.getValue();
              String where = "response " + entry.getKey();
              if (response.isIncompatible()) {
                lines.guarded(
                    response,
                    where,
                    () -> {
                      headers(response.getHeaders(), where);
                      content(response.getContent(), where + " body");
                    });
              }
            }
          });
    }

    private void headers(ChangedHeaders headers, String where) {
      if (!isIncompatible(headers)) {
        return;
      }
      lines.guarded(
          headers,
          where + " headers",
          () -> {
            headers
                .getMissing()
                .keySet()
                .forEach(name -> lines.add(where, "header `" + name + "` removed"));
            for (Map.Entry<String, ChangedHeader> entry : headers.getChanged().entrySet()) {
              ChangedHeader header = entry.getValue();
              String headerWhere = where + " header `" + entry.getKey() + "`";
              if (header.isIncompatible()) {
                lines.guarded(
                    header,
                    headerWhere,
                    () -> {
                      if (header.isRequired()) {
                        boolean nowRequired =
                            header.getNewHeader() != null
                                && Boolean.TRUE.equals(header.getNewHeader().getRequired());
                        lines.state(
                            headerWhere, nowRequired ? "is now required" : "is no longer required");
                      }
                      schemas.schema(header.getSchema(), headerWhere);
                    });
              }
            }
          });
    }

    private void content(ChangedContent content, String where) {
      if (!isIncompatible(content)) {
        return;
      }
      lines.guarded(
          content,
          where,
          () -> {
            content
                .getMissing()
                .keySet()
                .forEach(type -> lines.add(where, "media type `" + type + "` removed"));
            for (Map.Entry<String, ChangedMediaType> entry : content.getChanged().entrySet()) {
              ChangedMediaType mediaType = entry.getValue();
              // Most operations have one media type; name it only when there are several.
              String mediaWhere =
                  content.getChanged().size() > 1 ? where + " (" + entry.getKey() + ")" : where;
              if (mediaType.isIncompatible()) {
                lines.guarded(
                    mediaType, mediaWhere, () -> schemas.schema(mediaType.getSchema(), mediaWhere));
              }
            }
          });
    }
  }
}
