package dev.paycontract.mock.internal.spec;

import dev.paycontract.mock.api.SpecLoadException;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Replaces every local {@code $ref} to {@code
 * #/components/responses|parameters|requestBodies|headers| examples/...} by the component it names,
 * once at load time, so that the engine, the validators and the command line all read plain
 * objects. Swagger Parser's {@code resolve} leaves these references in place, and {@code
 * resolveFully} is not used because it breaks some 3.1 schemas (gotcha G6); schema {@code $ref}s
 * stay, the validators follow them. A component that references another component is followed to
 * the end. Components are shared, not copied: nothing after loading changes the model.
 *
 * <pre>{@code
 * new ComponentRefInliner(file, api).inline(); // throws SpecLoadException for a dangling $ref
 * }</pre>
 */
final class ComponentRefInliner {

  private static final int MAX_HOPS = 32;

  private final Path file;
  private final OpenAPI api;
  private final Components components;

  ComponentRefInliner(Path file, OpenAPI api) {
    this.file = file;
    this.api = api;
    this.components = api.getComponents() == null ? new Components() : api.getComponents();
  }

  /** Inlines in place; throws {@link SpecLoadException} naming the location of a dangling ref. */
  void inline() {
    if (api.getPaths() != null) {
      for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
        PathItem item = path.getValue();
        String at = "paths." + path.getKey();
        parameters(item.getParameters(), at + ".parameters");
        for (Map.Entry<PathItem.HttpMethod, Operation> op : item.readOperationsMap().entrySet()) {
          operation(
              op.getValue(), at + "." + op.getKey().name().toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    // Components point at each other too (a response's header, a request body's examples).
    String at = "components.";
    entries(components.getResponses(), this::response, at + "responses");
    entries(components.getParameters(), this::parameter, at + "parameters");
    entries(components.getRequestBodies(), this::requestBody, at + "requestBodies");
    entries(components.getHeaders(), this::header, at + "headers");
    entries(components.getExamples(), this::example, at + "examples");
    for (Map.Entry<String, ApiResponse> e : nonNull(components.getResponses()).entrySet()) {
      responseParts(e.getValue(), at + "responses." + e.getKey());
    }
    for (Map.Entry<String, Parameter> e : nonNull(components.getParameters()).entrySet()) {
      parameterParts(e.getValue(), at + "parameters." + e.getKey());
    }
    for (Map.Entry<String, RequestBody> e : nonNull(components.getRequestBodies()).entrySet()) {
      content(e.getValue().getContent(), at + "requestBodies." + e.getKey() + ".content");
    }
    for (Map.Entry<String, Header> e : nonNull(components.getHeaders()).entrySet()) {
      headerParts(e.getValue(), at + "headers." + e.getKey());
    }
  }

  private void operation(Operation op, String at) {
    parameters(op.getParameters(), at + ".parameters");
    if (op.getRequestBody() != null) {
      op.setRequestBody(requestBody(op.getRequestBody(), at + ".requestBody"));
      content(op.getRequestBody().getContent(), at + ".requestBody.content");
    }
    if (op.getResponses() != null) {
      for (Map.Entry<String, ApiResponse> e : op.getResponses().entrySet()) {
        String where = at + ".responses." + e.getKey();
        ApiResponse response = response(e.getValue(), where);
        e.setValue(response);
        responseParts(response, where);
      }
    }
  }

  private void parameters(List<Parameter> list, String at) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      Parameter p = parameter(list.get(i), at + "[" + i + "]");
      list.set(i, p);
      parameterParts(p, at + "[" + i + "]");
    }
  }

  private void parameterParts(Parameter p, String at) {
    if (p == null) {
      return;
    }
    examples(p.getExamples(), at + ".examples");
    content(p.getContent(), at + ".content");
  }

  private void responseParts(ApiResponse r, String at) {
    if (r == null) {
      return;
    }
    entries(r.getHeaders(), this::header, at + ".headers");
    for (Map.Entry<String, Header> h : nonNull(r.getHeaders()).entrySet()) {
      headerParts(h.getValue(), at + ".headers." + h.getKey());
    }
    content(r.getContent(), at + ".content");
  }

  private void headerParts(Header h, String at) {
    if (h == null) {
      return;
    }
    examples(h.getExamples(), at + ".examples");
    content(h.getContent(), at + ".content");
  }

  private void content(Content content, String at) {
    if (content == null) {
      return;
    }
    for (Map.Entry<String, MediaType> e : content.entrySet()) {
      if (e.getValue() != null) {
        examples(e.getValue().getExamples(), at + "." + e.getKey() + ".examples");
      }
    }
  }

  private void examples(Map<String, Example> examples, String at) {
    entries(examples, this::example, at);
  }

  private <T> void entries(Map<String, T> map, Resolver<T> resolver, String at) {
    if (map == null) {
      return;
    }
    for (Map.Entry<String, T> e : map.entrySet()) {
      e.setValue(resolver.resolve(e.getValue(), at + "." + e.getKey()));
    }
  }

  @FunctionalInterface
  private interface Resolver<T> {
    T resolve(T value, String at);
  }

  private ApiResponse response(ApiResponse r, String at) {
    return follow(r, ApiResponse::get$ref, components.getResponses(), "responses", at);
  }

  private Parameter parameter(Parameter p, String at) {
    return follow(p, Parameter::get$ref, components.getParameters(), "parameters", at);
  }

  private RequestBody requestBody(RequestBody b, String at) {
    return follow(b, RequestBody::get$ref, components.getRequestBodies(), "requestBodies", at);
  }

  private Header header(Header h, String at) {
    return follow(h, Header::get$ref, components.getHeaders(), "headers", at);
  }

  private Example example(Example e, String at) {
    return follow(e, Example::get$ref, components.getExamples(), "examples", at);
  }

  private <T> T follow(
      T value, Function<T, String> ref, Map<String, T> pool, String kind, String at) {
    T current = value;
    for (int hops = 0; current != null && ref.apply(current) != null; hops++) {
      String target = ref.apply(current);
      String prefix = "#/components/" + kind + "/";
      if (!target.startsWith(prefix)) {
        throw new SpecLoadException(
            file
                + ": "
                + at
                + ": unsupported $ref '"
                + target
                + "' (expected "
                + prefix
                + "<name>)");
      }
      if (hops >= MAX_HOPS) {
        throw new SpecLoadException(file + ": " + at + ": $ref '" + target + "' loops");
      }
      T next = pool == null ? null : pool.get(unescape(target.substring(prefix.length())));
      if (next == null) {
        throw new SpecLoadException(file + ": " + at + ": $ref '" + target + "' points to nothing");
      }
      current = next;
    }
    return current;
  }

  private static String unescape(String name) {
    return name.replace("~1", "/").replace("~0", "~");
  }

  private static <T> Map<String, T> nonNull(Map<String, T> map) {
    return map == null ? Map.of() : map;
  }
}
