package dev.paycontract.mock.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.internal.body.sample.SchemaSampler;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.spec.Refs;
import dev.paycontract.mock.internal.verify.ConstraintBreaks;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The requests {@code verify} sends for one spec: per operation, one request per named request-body
 * example (or one request when there is none), parameters from their examples, then the negative
 * cases {@link ConstraintBreaks} derives from the first of them.
 */
final class CaseBuilder {

  private final LoadedSpec spec;
  private final Refs refs;
  private final SchemaSampler sampler;

  CaseBuilder(LoadedSpec spec) {
    this.spec = spec;
    this.refs = new Refs(spec.openApi());
    this.sampler = new SchemaSampler(spec.openApi(), refs);
  }

  List<VerifyCase> cases(Set<String> only, Set<String> skip, boolean negative) {
    List<VerifyCase> out = new ArrayList<>();
    spec.openApi()
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, op) -> {
                          if (selected(op, method, path, only, skip)) {
                            out.addAll(operation(path, item, method.name(), op, negative));
                          }
                        }));
    return out;
  }

  static String operationName(Operation op, String method, String path) {
    return op.getOperationId() != null ? op.getOperationId() : method + " " + path;
  }

  private static boolean selected(
      Operation op, PathItem.HttpMethod method, String path, Set<String> only, Set<String> skip) {
    String id = operationName(op, method.name(), path);
    List<String> tags = op.getTags() == null ? List.of() : op.getTags();
    boolean named = only.isEmpty() || only.contains(id) || tags.stream().anyMatch(only::contains);
    return named && !skip.contains(id) && tags.stream().noneMatch(skip::contains);
  }

  private List<VerifyCase> operation(
      String path, PathItem item, String method, Operation op, boolean negative) {
    String id = operationName(op, method, path);
    List<Parameter> parameters = parameters(item, op);
    Map<String, String> values = new LinkedHashMap<>();
    for (Parameter p : parameters) {
      String value = value(p);
      if (value != null) {
        values.put(p.getIn() + " " + p.getName(), value);
      }
    }
    List<VerifyCase> out = new ArrayList<>();
    Map<String, MediaType> content =
        op.getRequestBody() == null || op.getRequestBody().getContent() == null
            ? Map.of()
            : op.getRequestBody().getContent();
    boolean anyExample = false;
    for (Map.Entry<String, MediaType> media : content.entrySet()) {
      for (Map.Entry<String, JsonNode> example : examples(media.getValue()).entrySet()) {
        anyExample = true;
        out.add(
            new VerifyCase(
                spec,
                path,
                method,
                op,
                id + " example=" + example.getKey(),
                values,
                media.getKey(),
                bytes(media.getKey(), example.getValue()),
                null));
      }
    }
    if (!anyExample) {
      Map.Entry<String, MediaType> first = content.entrySet().stream().findFirst().orElse(null);
      boolean required =
          op.getRequestBody() != null && Boolean.TRUE.equals(op.getRequestBody().getRequired());
      JsonNode sample =
          first == null || !required || first.getValue().getSchema() == null
              ? null
              : sampler
                  .sample(first.getValue().getSchema())
                  .filter(n -> !n.isMissingNode())
                  .orElse(null);
      out.add(
          new VerifyCase(
              spec,
              path,
              method,
              op,
              id,
              values,
              sample == null ? null : first.getKey(),
              sample == null ? new byte[0] : bytes(first.getKey(), sample),
              null));
    }
    if (negative) {
      out.addAll(negatives(out.get(0), parameters, values, content));
    }
    return out;
  }

  private List<VerifyCase> negatives(
      VerifyCase valid,
      List<Parameter> parameters,
      Map<String, String> values,
      Map<String, MediaType> content) {
    List<VerifyCase> out = new ArrayList<>();
    String id = operationName(valid.operation(), valid.method(), valid.pathTemplate());
    for (ConstraintBreaks.ParameterBreak b :
        ConstraintBreaks.parameters(parameters, values, refs::schema)) {
      Map<String, String> changed = new LinkedHashMap<>(values);
      if (b.value() == null) {
        changed.remove(b.key());
      } else {
        changed.put(b.key(), b.value());
      }
      out.add(
          new VerifyCase(
              spec,
              valid.pathTemplate(),
              valid.method(),
              valid.operation(),
              negativeName(id, b.code(), b.location(), b.change()),
              changed,
              valid.mediaType(),
              valid.body(),
              b.location()));
    }
    if (valid.mediaType() != null && isJson(valid.mediaType()) && valid.body().length > 0) {
      Schema<?> schema = content.get(valid.mediaType()).getSchema();
      JsonNode body = Json.toNode(read(valid.body()));
      for (ConstraintBreaks.BodyBreak b : ConstraintBreaks.body(schema, body, refs::schema)) {
        out.add(
            new VerifyCase(
                spec,
                valid.pathTemplate(),
                valid.method(),
                valid.operation(),
                negativeName(id, b.code(), b.location(), b.change()),
                values,
                valid.mediaType(),
                Json.bytes(b.body()),
                b.location()));
      }
    }
    return out;
  }

  private static String negativeName(String id, String code, List<String> location, String change) {
    return id + " breaks " + code + " at " + String.join(".", location) + " (" + change + ")";
  }

  private static List<Parameter> parameters(PathItem item, Operation op) {
    Map<String, Parameter> byKey = new LinkedHashMap<>();
    for (List<Parameter> list : java.util.Arrays.asList(item.getParameters(), op.getParameters())) {
      if (list != null) {
        list.forEach(
            p ->
                byKey.put(
                    p.getIn() + " " + p.getName(), p)); // the operation's override the path item's
      }
    }
    return List.copyOf(byKey.values());
  }

  /**
   * The parameter's first example, else its schema's example, default or first enum value, else a
   * sample when required.
   */
  private String value(Parameter p) {
    JsonNode example = first(p.getExample(), p.getExamples());
    Schema<?> schema = refs.schema(p.getSchema());
    if (example == null && schema != null) {
      Object fromSchema =
          schema.getExample() != null
              ? schema.getExample()
              : schema.getDefault() != null
                  ? schema.getDefault()
                  : schema.getEnum() != null && !schema.getEnum().isEmpty()
                      ? schema.getEnum().get(0)
                      : null;
      example = fromSchema == null ? null : Json.toNode(fromSchema);
    }
    if (example == null && Boolean.TRUE.equals(p.getRequired()) && schema != null) {
      example = sampler.sample(schema, p.getName()).filter(n -> !n.isMissingNode()).orElse(null);
    }
    return example == null ? null : ConstraintBreaks.text(example);
  }

  private Map<String, JsonNode> examples(MediaType media) {
    Map<String, JsonNode> named = new LinkedHashMap<>();
    if (media.getExamples() != null) {
      media
          .getExamples()
          .forEach(
              (name, e) -> {
                Example resolved = refs.example(e);
                if (resolved != null && resolved.getValue() != null) {
                  named.put(name, Json.toNode(resolved.getValue()));
                }
              });
    }
    if (named.isEmpty() && media.getExample() != null) {
      named.put("example", Json.toNode(media.getExample()));
    }
    return named;
  }

  private JsonNode first(Object single, Map<String, Example> examples) {
    if (examples != null) {
      for (Example e : examples.values()) {
        Example resolved = refs.example(e);
        if (resolved != null && resolved.getValue() != null) {
          return Json.toNode(resolved.getValue());
        }
      }
    }
    return single == null ? null : Json.toNode(single);
  }

  private static boolean isJson(String mediaType) {
    String m = mediaType.toLowerCase(java.util.Locale.ROOT);
    return m.contains("json");
  }

  private static byte[] bytes(String mediaType, JsonNode value) {
    if (isJson(mediaType)) {
      return Json.bytes(value);
    }
    if (mediaType.toLowerCase(java.util.Locale.ROOT).contains("x-www-form-urlencoded")
        && value.isObject()) {
      return value.properties().stream()
          .map(e -> enc(e.getKey()) + "=" + enc(ConstraintBreaks.text(e.getValue())))
          .collect(Collectors.joining("&"))
          .getBytes(StandardCharsets.UTF_8);
    }
    return ConstraintBreaks.text(value).getBytes(StandardCharsets.UTF_8);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode read(byte[] body) {
    try {
      return Json.MAPPER.readTree(body);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
