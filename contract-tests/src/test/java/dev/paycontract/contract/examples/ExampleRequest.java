package dev.paycontract.contract.examples;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid request for an operation, made of the spec's own examples: each parameter's example, the
 * first request-body example, and a credential for the operation's security scheme. Immutable; the
 * {@code with...} methods return a changed copy (the negative cases break one value at a time).
 *
 * @param operation the operation
 * @param parameters parameter values by {@code "<in> <name>"} (as in {@link #key})
 * @param credentials headers and query parameters the security scheme needs
 * @param mediaType the request body's media type, or null
 * @param body the request body, or null for none
 */
record ExampleRequest(
    SpecOperation operation,
    Map<String, String> parameters,
    Map<String, String> credentials,
    String mediaType,
    JsonNode body) {

  /** The credential every request sends; the mock only checks that one is present. */
  static final String CREDENTIAL = "contract-test-credential";

  /** A request from the operation's examples; fails naming the parameter that has none. */
  static ExampleRequest of(SpecOperation op) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Parameter parameter : op.parameters()) {
      ContractCases.of(op).stream()
          .filter(c -> c.kind() == ContractCase.Kind.PARAMETER)
          .filter(c -> c.mediaType().equals(key(parameter)))
          .findFirst()
          .ifPresentOrElse(
              c -> values.put(key(parameter), text(c.example())),
              () -> {
                if (Boolean.TRUE.equals(parameter.getRequired())) {
                  throw new IllegalStateException(
                      op.name()
                          + ": required "
                          + key(parameter)
                          + " has no example to build a request from");
                }
              });
    }
    ContractCase body = ContractCases.firstRequestExample(op).orElse(null);
    return new ExampleRequest(
        op,
        Map.copyOf(values),
        credentials(op),
        body == null ? null : body.mediaType(),
        body == null ? null : body.example());
  }

  static String key(Parameter parameter) {
    return parameter.getIn() + " " + parameter.getName();
  }

  ExampleRequest withBody(String newMediaType, JsonNode newBody) {
    return new ExampleRequest(operation, parameters, credentials, newMediaType, newBody);
  }

  /** This request with one parameter set to {@code value}, or left out when it is null. */
  ExampleRequest withParameter(String key, String value) {
    Map<String, String> changed = new LinkedHashMap<>(parameters);
    if (value == null) {
      changed.remove(key);
    } else {
      changed.put(key, value);
    }
    return new ExampleRequest(operation, changed, credentials, mediaType, body);
  }

  /** The path with its parameters filled in (not encoded: the HTTP clients encode it). */
  String concretePath() {
    String path = operation.path();
    for (Map.Entry<String, String> p : parameters.entrySet()) {
      if (p.getKey().startsWith("path ")) {
        path = path.replace("{" + p.getKey().substring("path ".length()) + "}", p.getValue());
      }
    }
    return path;
  }

  Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    credentials.forEach(
        (k, v) -> {
          if (k.startsWith("header ")) {
            headers.put(k.substring("header ".length()), v);
          }
        });
    parameters.forEach(
        (k, v) -> {
          if (k.startsWith("header ")) {
            headers.put(k.substring("header ".length()), v);
          }
        });
    return headers;
  }

  Map<String, String> query() {
    Map<String, String> query = new LinkedHashMap<>();
    credentials.forEach(
        (k, v) -> {
          if (k.startsWith("query ")) {
            query.put(k.substring("query ".length()), v);
          }
        });
    parameters.forEach(
        (k, v) -> {
          if (k.startsWith("query ")) {
            query.put(k.substring("query ".length()), v);
          }
        });
    return query;
  }

  /** The same request for the Atlassian validator. */
  SimpleRequest toValidatorRequest() {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(operation.method(), concretePath());
    headers().forEach(builder::withHeader);
    query().forEach(builder::withQueryParam);
    if (body != null) {
      builder.withContentType(mediaType).withBody(body.toString());
    }
    return builder.build();
  }

  /**
   * The same request on a REST Assured specification; send it with {@code .request(method, path)}.
   */
  RequestSpecification applyTo(RequestSpecification spec) {
    headers().forEach(spec::header);
    query().forEach(spec::queryParam);
    if (body != null) {
      spec.contentType(mediaType).body(body.toString());
    }
    return spec;
  }

  static String text(JsonNode value) {
    return value.isValueNode() ? value.asText() : value.toString();
  }

  /** Headers or query parameters for the first security requirement of the operation. */
  private static Map<String, String> credentials(SpecOperation op) {
    Map<String, String> credentials = new LinkedHashMap<>();
    List<SecurityRequirement> requirements = op.security();
    if (requirements.isEmpty()) {
      return credentials;
    }
    for (String schemeName : requirements.get(0).keySet()) {
      SecurityScheme scheme = op.spec().api().getComponents().getSecuritySchemes().get(schemeName);
      switch (scheme.getType()) {
        case APIKEY ->
            credentials.put(scheme.getIn().toString() + " " + scheme.getName(), CREDENTIAL);
        case HTTP ->
            credentials.put(
                "header Authorization",
                "basic".equalsIgnoreCase(scheme.getScheme())
                    ? "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (CREDENTIAL + ":" + CREDENTIAL).getBytes(StandardCharsets.UTF_8))
                    : "Bearer " + CREDENTIAL);
        default ->
            throw new IllegalStateException(
                op.name()
                    + ": security scheme "
                    + schemeName
                    + " of type "
                    + scheme.getType()
                    + " is not supported by the contract tests");
      }
    }
    return credentials;
  }
}
