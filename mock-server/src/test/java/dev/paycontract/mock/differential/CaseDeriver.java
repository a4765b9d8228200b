package dev.paycontract.mock.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.paycontract.mock.internal.body.sample.SchemaSampler;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.spec.Refs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives request cases from any OpenAPI document, mechanically, per operation: {@code happy}
 * (valid parameters, credentials for the first security requirement, the first request example or a
 * schema sample as body), {@code no-credentials}, {@code bad-param} (a required query parameter
 * left out, or a path or query parameter its schema rejects), {@code bad-body} (a body of the wrong
 * JSON type, or a form without its required fields), one {@code code=<status>} per declared status
 * and one {@code example=<name>} per named response example.
 *
 * <p>Case ids are {@code <METHOD> <path template> <kind>}; they are stable while the spec is.
 */
final class CaseDeriver {

  static final String BASIC = "Basic dXNlcjpwYXNzd29yZA=="; // user:password
  private static final String BOUNDARY = "paycontract-boundary";

  private final OpenAPI api;
  private final Refs refs;
  private final ParameterValues values;
  private final SchemaSampler sampler;
  private final String file;

  CaseDeriver(OpenAPI api, String file) {
    this.api = api;
    this.refs = new Refs(api);
    this.values = new ParameterValues(api, refs);
    this.sampler = new SchemaSampler(api, refs);
    this.file = file;
  }

  List<ProbeCase> derive() {
    List<ProbeCase> cases = new ArrayList<>();
    api.getPaths()
        .forEach(
            (template, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) ->
                            cases.addAll(derive(template, item, method.name(), operation))));
    return cases;
  }

  private List<ProbeCase> derive(
      String template, PathItem item, String method, Operation operation) {
    List<Parameter> parameters = parameters(item, operation);
    Map<String, String> credentials = new LinkedHashMap<>();
    Map<String, List<String>> credentialQuery = new LinkedHashMap<>();
    boolean secured = credentials(operation, credentials, credentialQuery);
    Optional<Body> body = body(operation, false);
    String id = method + " " + template;
    List<ProbeCase> cases = new ArrayList<>();

    Request happy =
        new Request(
            method,
            path(template, parameters, null, null),
            query(parameters, null, null),
            headers(parameters),
            body);
    happy.query.putAll(credentialQuery);
    happy.headers.putAll(credentials);
    cases.add(happy.toCase(id + " happy"));

    if (secured) {
      Request bare =
          new Request(
              method,
              path(template, parameters, null, null),
              query(parameters, null, null),
              headers(parameters),
              body);
      cases.add(bare.toCase(id + " no-credentials"));
    }

    brokenParameter(template, parameters)
        .ifPresent(
            broken -> {
              broken.headers.putAll(happy.headers);
              broken.query.putAll(credentialQuery);
              cases.add(
                  new Request(method, broken.path, broken.query, broken.headers, body)
                      .toCase(id + " bad-param"));
            });

    body(operation, true)
        .ifPresent(
            bad ->
                cases.add(
                    new Request(method, happy.path, happy.query, happy.headers, Optional.of(bad))
                        .toCase(id + " bad-body")));

    if (operation.getResponses() != null) {
      for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
        String code = response.getKey();
        if (!code.matches("[1-5]\\d\\d")) {
          continue;
        }
        cases.add(happy.withPrefer("code=" + code).toCase(id + " code=" + code));
        for (String name : exampleNames(response.getValue())) {
          cases.add(
              happy
                  .withPrefer("code=" + code + ", example=" + name)
                  .toCase(id + " code=" + code + " example=" + name));
        }
      }
    }
    return cases;
  }

  // ------------------------------------------------------------------ parameters

  private List<Parameter> parameters(PathItem item, Operation operation) {
    Map<String, Parameter> byKey = new LinkedHashMap<>();
    for (List<Parameter> list :
        java.util.Arrays.asList(item.getParameters(), operation.getParameters())) {
      if (list != null) {
        for (Parameter p : list) {
          Parameter resolved = resolve(p);
          if (resolved != null && resolved.getName() != null && resolved.getIn() != null) {
            byKey.put(resolved.getIn() + ":" + resolved.getName(), resolved);
          }
        }
      }
    }
    return List.copyOf(byKey.values());
  }

  private Parameter resolve(Parameter p) {
    String ref = p.get$ref();
    if (ref == null || api.getComponents() == null || api.getComponents().getParameters() == null) {
      return p;
    }
    return api.getComponents().getParameters().get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private String path(
      String template, List<Parameter> parameters, Parameter replaced, String replacement) {
    String path = template;
    for (Parameter p : parameters) {
      if ("path".equals(p.getIn())) {
        String value = p == replaced ? replacement : String.join(",", values.valid(p));
        path = path.replace("{" + p.getName() + "}", encode(value).replace("+", "%20"));
      }
    }
    return uriPath(path);
  }

  /**
   * The path with every character a URI path cannot hold percent-encoded: templates may carry them
   * literally (Kibo inventory has {@code /tag/{tagValue}}}), and a client sends them encoded.
   */
  static String uriPath(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/%".indexOf(c) >= 0)) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  private Map<String, List<String>> query(
      List<Parameter> parameters, Parameter replaced, String replacement) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (Parameter p : parameters) {
      if ("query".equals(p.getIn()) && (Boolean.TRUE.equals(p.getRequired()) || p == replaced)) {
        query.put(p.getName(), p == replaced ? List.of(replacement) : values.valid(p));
      }
    }
    return query;
  }

  private Map<String, String> headers(List<Parameter> parameters) {
    Set<String> reserved = Set.of("accept", "content-type", "authorization");
    Map<String, String> headers = new LinkedHashMap<>();
    for (Parameter p : parameters) {
      if ("header".equals(p.getIn())
          && Boolean.TRUE.equals(p.getRequired())
          && !reserved.contains(p.getName().toLowerCase(java.util.Locale.ROOT))) {
        headers.put(p.getName(), String.join(",", values.valid(p)));
      }
    }
    return headers;
  }

  private Optional<Request> brokenParameter(String template, List<Parameter> parameters) {
    for (Parameter p : parameters) {
      if ("query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired())) {
        Map<String, List<String>> query = query(parameters, null, null);
        query.remove(p.getName());
        return Optional.of(
            new Request(
                "",
                path(template, parameters, null, null),
                query,
                new LinkedHashMap<>(),
                Optional.empty()));
      }
    }
    for (String in : List.of("path", "query")) {
      for (Parameter p : parameters) {
        if (in.equals(p.getIn())) {
          Optional<String> invalid = values.invalid(p);
          if (invalid.isPresent()) {
            return Optional.of(
                new Request(
                    "",
                    path(template, parameters, p, invalid.get()),
                    query(parameters, p, invalid.get()),
                    new LinkedHashMap<>(),
                    Optional.empty()));
          }
        }
      }
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ credentials

  /** Adds the credentials of the first security requirement; false when none is needed. */
  private boolean credentials(
      Operation operation, Map<String, String> headers, Map<String, List<String>> query) {
    List<SecurityRequirement> requirements =
        operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
    if (requirements == null || requirements.isEmpty() || requirements.get(0).isEmpty()) {
      return false;
    }
    Map<String, SecurityScheme> schemes =
        api.getComponents() == null || api.getComponents().getSecuritySchemes() == null
            ? Map.of()
            : api.getComponents().getSecuritySchemes();
    for (String name : requirements.get(0).keySet()) {
      SecurityScheme scheme = schemes.get(name);
      if (scheme == null || scheme.getType() == null) {
        continue;
      }
      switch (scheme.getType()) {
        case HTTP ->
            headers.put(
                "Authorization",
                "basic".equalsIgnoreCase(scheme.getScheme())
                    ? BASIC
                    : capitalised(scheme.getScheme()) + " token-123");
        case APIKEY -> {
          switch (scheme.getIn()) {
            case HEADER -> headers.put(scheme.getName(), "key-123");
            case QUERY -> query.put(scheme.getName(), List.of("key-123"));
            case COOKIE ->
                headers.merge("Cookie", scheme.getName() + "=key-123", (a, b) -> a + "; " + b);
          }
        }
        case OAUTH2, OPENIDCONNECT, MUTUALTLS -> headers.put("Authorization", "Bearer token-123");
      }
    }
    return true;
  }

  private static String capitalised(String scheme) {
    return scheme == null || scheme.isEmpty()
        ? "Bearer"
        : Character.toUpperCase(scheme.charAt(0))
            + scheme.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  // ------------------------------------------------------------------ bodies

  /** A request body: its media type and the bytes to send. */
  record Body(String contentType, String text) {}

  private Optional<Body> body(Operation operation, boolean invalid) {
    if (operation.getRequestBody() == null
        || operation.getRequestBody().getContent() == null
        || operation.getRequestBody().getContent().isEmpty()) {
      return Optional.empty();
    }
    Map.Entry<String, MediaType> first =
        operation.getRequestBody().getContent().entrySet().iterator().next();
    String type = first.getKey().toLowerCase(java.util.Locale.ROOT);
    MediaType media = first.getValue() == null ? new MediaType() : first.getValue();
    Schema<?> schema = media.getSchema() == null ? null : refs.schema(media.getSchema());
    JsonNode value =
        example(media)
            .orElseGet(
                () ->
                    schema == null
                        ? null
                        : sampler.sample(schema).filter(n -> !n.isMissingNode()).orElse(null));
    boolean json = type.equals("application/json") || type.endsWith("+json") || type.equals("*/*");
    if (invalid) {
      if (json && schema != null) {
        return Optional.of(new Body(first.getKey(), "array".equals(type(schema)) ? "{}" : "[]"));
      }
      if (type.equals("application/x-www-form-urlencoded")
          && value != null
          && value.isObject()
          && schema != null) {
        return invalidForm(first.getKey(), schema, value);
      }
      return Optional.empty();
    }
    if (value == null) {
      value = json ? Json.MAPPER.createObjectNode() : TextNode.valueOf("");
    }
    if (type.equals("application/x-www-form-urlencoded") && value.isObject()) {
      return Optional.of(new Body(first.getKey(), form(value)));
    }
    if (type.startsWith("multipart/form-data") && value.isObject()) {
      return Optional.of(new Body("multipart/form-data; boundary=" + BOUNDARY, multipart(value)));
    }
    return Optional.of(
        new Body(first.getKey(), json || !value.isTextual() ? value.toString() : value.asText()));
  }

  private Optional<JsonNode> example(MediaType media) {
    if (media.getExample() != null) {
      return Optional.of(Json.toNode(media.getExample()));
    }
    if (media.getExamples() != null) {
      for (Example example : media.getExamples().values()) {
        Example resolved = refs.example(example);
        if (resolved != null && resolved.getValue() != null) {
          return Optional.of(Json.toNode(resolved.getValue()));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Body> invalidForm(String contentType, Schema<?> schema, JsonNode value) {
    com.fasterxml.jackson.databind.node.ObjectNode copy =
        (com.fasterxml.jackson.databind.node.ObjectNode) value.deepCopy();
    if (schema.getRequired() != null && !schema.getRequired().isEmpty()) {
      schema.getRequired().forEach(copy::remove);
      return Optional.of(new Body(contentType, form(copy)));
    }
    if (schema.getProperties() != null) {
      for (Map.Entry<String, Schema> p : schema.getProperties().entrySet()) {
        String t = type(refs.schema(p.getValue()));
        if ("integer".equals(t) || "number".equals(t) || "boolean".equals(t)) {
          copy.put(p.getKey(), "not-a-" + t);
          return Optional.of(new Body(contentType, form(copy)));
        }
      }
    }
    return Optional.empty();
  }

  private static String type(Schema<?> schema) {
    if (schema == null) {
      return null;
    }
    if (schema.getType() != null) {
      return schema.getType();
    }
    return schema.getTypes() == null || schema.getTypes().isEmpty()
        ? null
        : schema.getTypes().iterator().next();
  }

  private static String form(JsonNode object) {
    List<String> pairs = new ArrayList<>();
    object
        .properties()
        .forEach(
            e -> {
              List<JsonNode> items = new ArrayList<>();
              if (e.getValue().isArray()) {
                e.getValue().forEach(items::add);
              } else {
                items.add(e.getValue());
              }
              items.forEach(
                  item ->
                      pairs.add(
                          encode(e.getKey())
                              + "="
                              + encode(item.isValueNode() ? item.asText() : item.toString())));
            });
    return String.join("&", pairs);
  }

  private static String multipart(JsonNode object) {
    StringBuilder text = new StringBuilder();
    object
        .properties()
        .forEach(
            e ->
                text.append("--")
                    .append(BOUNDARY)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(e.getKey())
                    .append("\"\r\n\r\n")
                    .append(
                        e.getValue().isValueNode()
                            ? e.getValue().asText()
                            : e.getValue().toString())
                    .append("\r\n"));
    return text.append("--").append(BOUNDARY).append("--\r\n").toString();
  }

  private Set<String> exampleNames(ApiResponse response) {
    Set<String> names = new LinkedHashSet<>();
    if (response.getContent() != null) {
      response
          .getContent()
          .values()
          .forEach(
              media -> {
                if (media != null && media.getExamples() != null) {
                  names.addAll(media.getExamples().keySet());
                }
              });
    }
    return names;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ one request

  private final class Request {
    final String method;
    final String path;
    final Map<String, List<String>> query;
    final Map<String, String> headers;
    final Optional<Body> body;

    Request(
        String method,
        String path,
        Map<String, List<String>> query,
        Map<String, String> headers,
        Optional<Body> body) {
      this.method = method;
      this.path = path;
      this.query = query;
      this.headers = headers;
      this.body = body;
    }

    Request withPrefer(String prefer) {
      Map<String, String> withPrefer = new LinkedHashMap<>(headers);
      withPrefer.put("Prefer", prefer);
      return new Request(method, path, query, withPrefer, body);
    }

    ProbeCase toCase(String id) {
      List<String> pairs = new ArrayList<>();
      query.forEach((name, list) -> list.forEach(v -> pairs.add(encode(name) + "=" + encode(v))));
      String target = pairs.isEmpty() ? path : path + "?" + String.join("&", pairs);
      Map<String, String> all = new LinkedHashMap<>(headers);
      body.ifPresent(b -> all.put("Content-Type", b.contentType()));
      return new ProbeCase(
          file,
          0,
          id,
          method,
          target,
          all,
          body.map(b -> (JsonNode) TextNode.valueOf(b.text())).orElse(null),
          null,
          "",
          List.of(),
          false);
    }
  }
}
