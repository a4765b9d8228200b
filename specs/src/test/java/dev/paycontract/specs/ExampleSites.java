package dev.paycontract.specs;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every object of an OpenAPI 3.0 document that can carry a {@code schema} with examples:
 * request and response media types, parameters and headers (in paths and in components). {@code
 * $ref} entries are skipped: the component they point to is visited itself.
 */
final class ExampleSites {

  enum Kind {
    REQUEST_MEDIA_TYPE,
    RESPONSE_MEDIA_TYPE,
    PARAMETER,
    HEADER
  }

  /**
   * An object at {@code pointer} that may hold {@code schema}, {@code example} and {@code
   * examples}.
   */
  record Site(Kind kind, JsonPointer pointer, JsonNode node) {}

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final List<Site> sites = new ArrayList<>();

  private ExampleSites() {}

  static List<Site> of(JsonNode document) {
    ExampleSites walker = new ExampleSites();
    walker.walk(document);
    return List.copyOf(walker.sites);
  }

  private void walk(JsonNode document) {
    JsonPointer paths = JsonPointer.empty().appendProperty("paths");
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      JsonPointer pathPointer = paths.appendProperty(path.getKey());
      JsonNode pathItem = path.getValue();
      if (!pathItem.isObject() || pathItem.has("$ref")) {
        continue;
      }
      parameters(pathPointer.appendProperty("parameters"), pathItem.path("parameters"));
      for (Map.Entry<String, JsonNode> operation : pathItem.properties()) {
        if (!METHODS.contains(operation.getKey())) {
          continue;
        }
        JsonPointer op = pathPointer.appendProperty(operation.getKey());
        parameters(op.appendProperty("parameters"), operation.getValue().path("parameters"));
        requestBody(op.appendProperty("requestBody"), operation.getValue().path("requestBody"));
        for (Map.Entry<String, JsonNode> response :
            operation.getValue().path("responses").properties()) {
          if (!response.getKey().startsWith("x-")) {
            response(
                op.appendProperty("responses").appendProperty(response.getKey()),
                response.getValue());
          }
        }
      }
    }
    JsonPointer components = JsonPointer.empty().appendProperty("components");
    JsonNode c = document.path("components");
    c.path("parameters")
        .properties()
        .forEach(
            e ->
                parameter(
                    components.appendProperty("parameters").appendProperty(e.getKey()),
                    e.getValue()));
    c.path("requestBodies")
        .properties()
        .forEach(
            e ->
                requestBody(
                    components.appendProperty("requestBodies").appendProperty(e.getKey()),
                    e.getValue()));
    c.path("responses")
        .properties()
        .forEach(
            e ->
                response(
                    components.appendProperty("responses").appendProperty(e.getKey()),
                    e.getValue()));
    c.path("headers")
        .properties()
        .forEach(
            e ->
                header(
                    components.appendProperty("headers").appendProperty(e.getKey()), e.getValue()));
  }

  private void parameters(JsonPointer pointer, JsonNode list) {
    for (int i = 0; i < list.size(); i++) {
      parameter(pointer.appendIndex(i), list.get(i));
    }
  }

  private void parameter(JsonPointer pointer, JsonNode parameter) {
    if (isInline(parameter)) {
      sites.add(new Site(Kind.PARAMETER, pointer, parameter));
      content(Kind.PARAMETER, pointer, parameter);
    }
  }

  private void header(JsonPointer pointer, JsonNode header) {
    if (isInline(header)) {
      sites.add(new Site(Kind.HEADER, pointer, header));
      content(Kind.HEADER, pointer, header);
    }
  }

  private void requestBody(JsonPointer pointer, JsonNode body) {
    if (isInline(body)) {
      content(Kind.REQUEST_MEDIA_TYPE, pointer, body);
    }
  }

  private void response(JsonPointer pointer, JsonNode response) {
    if (isInline(response)) {
      content(Kind.RESPONSE_MEDIA_TYPE, pointer, response);
      response
          .path("headers")
          .properties()
          .forEach(
              e ->
                  header(
                      pointer.appendProperty("headers").appendProperty(e.getKey()), e.getValue()));
    }
  }

  private void content(Kind kind, JsonPointer owner, JsonNode node) {
    JsonPointer content = owner.appendProperty("content");
    node.path("content")
        .properties()
        .forEach(e -> sites.add(new Site(kind, content.appendProperty(e.getKey()), e.getValue())));
  }

  private static boolean isInline(JsonNode node) {
    return node.isObject() && !node.has("$ref");
  }
}
