package dev.paycontract.mock.internal.validation;

import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.ApiPathImpl;
import com.atlassian.oai.validator.model.NormalisedPathImpl;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.routing.RoutedOperation;
import dev.paycontract.mock.internal.validation.FindingMapper.Side;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Header, query and path parameters of a routed request, coerced from strings
 * (docs/prism-behaviour.md 8.1, 8.2); cookie parameters are not checked. Thread-safe.
 */
final class ParameterChecker {

  private final AtlassianSetup atlassian;
  private final FindingMapper mapper;
  private final SchemaLocator locator;
  private final Map<String, ApiPathImpl> apiPaths = new ConcurrentHashMap<>();

  ParameterChecker(AtlassianSetup atlassian, FindingMapper mapper, SchemaLocator locator) {
    this.atlassian = atlassian;
    this.mapper = mapper;
    this.locator = locator;
  }

  /**
   * Parameters of plain types are checked straight against their schema (coerced from the string);
   * arrays and objects need the library's style handling, so only those go through its full request
   * validator (which also runs checks we ignore, and costs several times more).
   */
  List<Violation> check(MockRequest request, RoutedOperation routed, OperationPlans.Plan plan) {
    if (plan.parameters().isEmpty()) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    boolean anyStructured = false;
    for (Parameter p : plan.parameters()) {
      if (p.getIn() == null || p.getIn().equals("cookie")) {
        continue;
      }
      Schema<?> schema = p.getSchema() == null ? null : locator.deref(p.getSchema());
      if (structured(schema) || p.getContent() != null) {
        anyStructured = true;
        continue;
      }
      String value = single(request, routed, p);
      if (value == null || value.trim().isEmpty()) {
        if (Boolean.TRUE.equals(p.getRequired())) {
          out.add(missing(p));
        }
        continue;
      }
      if (schema == null) {
        continue;
      }
      ValidationReport report =
          validate(atlassian, value, schema, "request.parameter")
              .withAdditionalContext(
                  ValidationReport.MessageContext.create().withParameter(p).build());
      out.addAll(mapper.parameters(report, Side.Request));
    }
    if (anyStructured) {
      out.addAll(structuredParameters(request, routed, plan));
    }
    return out;
  }

  /**
   * A parameter or header value against its schema. The library reads the text as JSON unless the
   * schema names a type, so {@code abc} broke a schema without one ({@code {}}, {@code {nullable:
   * true}}) where Prism, which coerces only to a named type, checks the string as it came.
   *
   * @param schema the schema, {@code $ref} already followed
   */
  static ValidationReport validate(
      AtlassianSetup atlassian, String value, Schema<?> schema, String keyPrefix) {
    if (untyped(schema)) {
      return atlassian.schemas().validate(() -> TextNode.valueOf(value), schema, keyPrefix);
    }
    return atlassian.schemas().validate(value, schema, keyPrefix);
  }

  /** No type anywhere the library would look: none named, no composition, no reference. */
  private static boolean untyped(Schema<?> schema) {
    return schema.getType() == null
        && (schema.getTypes() == null || schema.getTypes().isEmpty())
        && schema.get$ref() == null
        && schema.getAllOf() == null
        && schema.getAnyOf() == null
        && schema.getOneOf() == null;
  }

  private static boolean structured(Schema<?> schema) {
    if (schema == null) {
      return false;
    }
    String type = schema.getType();
    if (type == null && schema.getTypes() != null && schema.getTypes().size() == 1) {
      type = schema.getTypes().iterator().next();
    }
    return "array".equals(type)
        || "object".equals(type)
        || schema.getItems() != null
        || schema.getProperties() != null;
  }

  private static String single(MockRequest request, RoutedOperation routed, Parameter p) {
    return switch (p.getIn()) {
      case "path" -> routed.pathParams().get(p.getName());
      case "query" -> request.queryParam(p.getName());
      case "header" -> request.header(p.getName());
      default -> null;
    };
  }

  private static Violation missing(Parameter p) {
    String name =
        p.getIn().equals("header") ? p.getName().toLowerCase(java.util.Locale.ROOT) : p.getName();
    return new Violation(
        List.of(p.getIn()),
        Violation.Severity.Error,
        "required",
        "Request " + p.getIn() + " must have required property '" + name + "'");
  }

  /**
   * Array and object parameters through the library (styles, explode), keeping only their findings.
   */
  private List<Violation> structuredParameters(
      MockRequest request, RoutedOperation routed, OperationPlans.Plan plan) {
    ApiPathImpl apiPath =
        apiPaths.computeIfAbsent(routed.pathTemplate(), t -> new ApiPathImpl(t, null));
    String concretePath = concretePath(routed.pathTemplate(), routed.pathParams());
    ApiOperation apiOperation =
        new ApiOperation(
            apiPath, new NormalisedPathImpl(concretePath, null), routed.method(), plan.operation());
    SimpleRequest.Builder b =
        new SimpleRequest.Builder(Request.Method.valueOf(routed.method().name()), concretePath);
    request.headers().forEach(b::withHeader);
    request.query().forEach(b::withQueryParam);
    ValidationReport report = atlassian.parameters().validateRequest(b.build(), apiOperation);
    List<ValidationReport.Message> kept = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      Parameter p = m.getContext().flatMap(c -> c.getParameter()).orElse(null);
      Schema<?> schema = p == null || p.getSchema() == null ? null : locator.deref(p.getSchema());
      if (p != null && (structured(schema) || p.getContent() != null)) {
        kept.add(m);
      }
    }
    return mapper.parameters(ValidationReport.from(kept), Side.Request);
  }

  /** The request path rebuilt from the template, so the library's path split matches ours. */
  private static String concretePath(String template, Map<String, String> params) {
    if (params.isEmpty() || template.indexOf('{') < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (open < 0 || close < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open);
      String value = params.get(template.substring(open + 1, close));
      out.append(value == null ? "" : value.replace("/", "%2F"));
      i = close + 1;
    }
    return out.toString();
  }

  /** Deprecated parameters that are sent give a Warning (8.1, Prism source). */
  static void addDeprecationWarnings(
      MockRequest request, RoutedOperation routed, OperationPlans.Plan plan, List<Violation> out) {
    for (Parameter p : plan.parameters()) {
      if (!Boolean.TRUE.equals(p.getDeprecated()) || p.getIn() == null) {
        continue;
      }
      String name = p.getName();
      boolean sent =
          switch (p.getIn()) {
            case "query" -> request.query().containsKey(name);
            case "header" -> request.header(name) != null;
            case "path" -> routed.pathParams().containsKey(name);
            default -> false;
          };
      if (sent) {
        String in = p.getIn();
        String shown = in.equals("header") ? name.toLowerCase(java.util.Locale.ROOT) : name;
        out.add(
            new Violation(
                List.of(in, shown),
                Violation.Severity.Warning,
                "deprecated",
                Character.toUpperCase(in.charAt(0))
                    + in.substring(1)
                    + " param "
                    + shown
                    + " is deprecated"));
      }
    }
  }
}
