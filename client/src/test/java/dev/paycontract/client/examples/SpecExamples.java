package dev.paycontract.client.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lists every request-body and response-body example of a spec, following {@code $ref}s to {@code
 * components} (responses, requestBodies, examples). Nothing is filtered out: a media type this
 * client cannot handle is listed too, and fails its test.
 */
final class SpecExamples {

  private static final ObjectMapper TREES = new ObjectMapper();

  private SpecExamples() {}

  static List<ExampleCase> of(ProviderSpec spec) {
    List<ExampleCase> cases = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : spec.api().getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          path.getValue().readOperationsMap().entrySet()) {
        Operation operation = op.getValue();
        String id =
            operation.getOperationId() != null
                ? operation.getOperationId()
                : op.getKey() + " " + path.getKey();
        RequestBody body = requestBody(spec, operation.getRequestBody());
        if (body != null) {
          add(cases, spec, id, "request", body.getContent());
        }
        if (operation.getResponses() != null) {
          operation
              .getResponses()
              .forEach(
                  (status, response) ->
                      add(cases, spec, id, status, response(spec, response).getContent()));
        }
      }
    }
    return cases;
  }

  private static void add(
      List<ExampleCase> cases,
      ProviderSpec spec,
      String operationId,
      String status,
      Content content) {
    if (content == null) {
      return;
    }
    content.forEach(
        (mediaTypeName, mediaType) -> {
          if (mediaType.getExamples() != null) {
            mediaType
                .getExamples()
                .forEach(
                    (name, example) ->
                        cases.add(
                            new ExampleCase(
                                spec,
                                operationId,
                                status,
                                mediaTypeName,
                                name,
                                tree(example(spec, example).getValue()),
                                mediaType.getSchema())));
          }
          if (mediaType.getExample() != null) {
            cases.add(
                new ExampleCase(
                    spec,
                    operationId,
                    status,
                    mediaTypeName,
                    "example",
                    tree(mediaType.getExample()),
                    mediaType.getSchema()));
          }
        });
  }

  private static JsonNode tree(Object value) {
    return value instanceof JsonNode node ? node : TREES.valueToTree(value);
  }

  private static RequestBody requestBody(ProviderSpec spec, RequestBody body) {
    if (body == null || body.get$ref() == null) {
      return body;
    }
    return component(spec, spec.api().getComponents().getRequestBodies(), body.get$ref());
  }

  private static ApiResponse response(ProviderSpec spec, ApiResponse response) {
    if (response.get$ref() == null) {
      return response;
    }
    return component(spec, spec.api().getComponents().getResponses(), response.get$ref());
  }

  private static Example example(ProviderSpec spec, Example example) {
    if (example.get$ref() == null) {
      return example;
    }
    return component(spec, spec.api().getComponents().getExamples(), example.get$ref());
  }

  private static <T> T component(ProviderSpec spec, Map<String, T> components, String ref) {
    T found = components == null ? null : components.get(ProviderSpec.refName(ref));
    if (found == null) {
      throw new IllegalStateException(spec.resource() + ": unresolved $ref " + ref);
    }
    return found;
  }

  static boolean isJson(String mediaTypeName) {
    String base = mediaTypeName.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
    return base.equals("application/json") || base.endsWith("+json");
  }
}
