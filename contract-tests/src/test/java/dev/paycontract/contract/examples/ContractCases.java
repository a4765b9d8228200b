package dev.paycontract.contract.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paycontract.contract.examples.ContractCase.Kind;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Enumerates every operation x response status x media type x named example of every bundled spec,
 * plus every request-body and parameter example, following {@code $ref}s to {@code components}.
 * Nothing is filtered out: a case no check can handle fails, by name.
 */
final class ContractCases {

  private static final ObjectMapper TREES = new ObjectMapper();

  private ContractCases() {}

  /** Every operation of every bundled spec, in spec and path order. */
  static List<SpecOperation> operations() {
    List<SpecOperation> operations = new ArrayList<>();
    for (BundledSpec spec : SpecArtifact.specs()) {
      spec.api()
          .getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach(
                          (method, operation) ->
                              operations.add(operation(spec, path, item, method, operation))));
    }
    return operations;
  }

  /** Every example case of every operation. */
  static List<ContractCase> all() {
    return operations().stream().flatMap(op -> of(op).stream()).toList();
  }

  static List<ContractCase> of(SpecOperation op) {
    List<ContractCase> cases = new ArrayList<>();
    for (Parameter parameter : op.parameters()) {
      String where = parameter.getIn() + " " + parameter.getName();
      named(op, parameter.getExample(), parameter.getExamples())
          .forEach(
              (name, value) ->
                  cases.add(
                      new ContractCase(
                          op,
                          Kind.PARAMETER,
                          "parameter",
                          where,
                          name,
                          value,
                          parameter.getSchema())));
    }
    RequestBody body = op.requestBody();
    if (body != null) {
      add(cases, op, Kind.REQUEST_BODY, "request", body.getContent());
    }
    if (op.operation().getResponses() != null) {
      op.operation()
          .getResponses()
          .keySet()
          .forEach(
              status ->
                  add(cases, op, Kind.RESPONSE_BODY, status, op.response(status).getContent()));
    }
    return cases;
  }

  /** The first example of the operation's request body, if it has one. */
  static Optional<ContractCase> firstRequestExample(SpecOperation op) {
    return of(op).stream().filter(c -> c.kind() == Kind.REQUEST_BODY).findFirst();
  }

  private static void add(
      List<ContractCase> cases, SpecOperation op, Kind kind, String status, Content content) {
    if (content == null) {
      return;
    }
    for (Map.Entry<String, MediaType> entry : content.entrySet()) {
      MediaType media = entry.getValue();
      named(op, media.getExample(), media.getExamples())
          .forEach(
              (name, value) ->
                  cases.add(
                      new ContractCase(
                          op, kind, status, entry.getKey(), name, value, media.getSchema())));
    }
  }

  private static Map<String, JsonNode> named(
      SpecOperation op, Object single, Map<String, Example> examples) {
    Map<String, JsonNode> named = new LinkedHashMap<>();
    if (examples != null) {
      examples.forEach(
          (name, example) -> {
            Example resolved =
                example.get$ref() == null
                    ? example
                    : op.component(
                        op.spec().api().getComponents().getExamples(), example.get$ref());
            named.put(name, tree(resolved.getValue()));
          });
    }
    if (single != null) {
      named.put("example", tree(single));
    }
    return named;
  }

  private static SpecOperation operation(
      BundledSpec spec,
      String path,
      PathItem item,
      PathItem.HttpMethod method,
      Operation operation) {
    String id =
        operation.getOperationId() != null ? operation.getOperationId() : method + " " + path;
    Map<String, Parameter> parameters = new LinkedHashMap<>();
    List<Parameter> declared = new ArrayList<>();
    if (item.getParameters() != null) {
      declared.addAll(item.getParameters());
    }
    if (operation.getParameters() != null) {
      declared.addAll(operation.getParameters());
    }
    SpecOperation unresolved =
        new SpecOperation(spec, id, method.name(), path, operation, List.of());
    for (Parameter parameter : declared) {
      Parameter resolved =
          parameter.get$ref() == null
              ? parameter
              : unresolved.component(
                  spec.api().getComponents().getParameters(), parameter.get$ref());
      // An operation parameter overrides a path-item one of the same name and location.
      parameters.put(resolved.getIn() + " " + resolved.getName(), resolved);
    }
    return new SpecOperation(
        spec, id, method.name(), path, operation, List.copyOf(parameters.values()));
  }

  private static JsonNode tree(Object value) {
    return value instanceof JsonNode node ? node : TREES.valueToTree(value);
  }
}
