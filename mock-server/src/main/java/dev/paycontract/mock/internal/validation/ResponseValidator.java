package dev.paycontract.mock.internal.validation;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.media.MediaTypes;
import dev.paycontract.mock.internal.routing.RoutedOperation;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.validation.FindingMapper.Side;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a produced response against the operation (docs/prism-behaviour.md 12.3): status declared,
 * media type declared, body against its schema (no coercion), headers against theirs (coerced from
 * strings). Findings have locations starting after "response" (the caller prefixes them).
 * Thread-safe.
 */
public final class ResponseValidator {

  private final OperationPlans plans;
  private final AtlassianSetup atlassian;
  private final FindingMapper mapper;
  private final UrlFormat urls;
  private final SchemaLocator locator;
  private final PrismCompileGaps gaps;
  private final boolean likePrism;

  public ResponseValidator(LoadedSpec spec) {
    this(Objects.requireNonNull(spec, "spec == null"), new AtlassianSetup(spec.openApi()), false);
  }

  /**
   * Shares the Atlassian set-up with the spec's {@link RequestValidator} (see {@link Validators}).
   *
   * @param likePrism skip the body or headers whose schema Prism's validator cannot compile, as
   *     Prism does ({@link PrismCompileGaps}, {@code --validate-like-prism})
   */
  ResponseValidator(LoadedSpec spec, AtlassianSetup atlassian, boolean likePrism) {
    this.plans = new OperationPlans(spec.openApi());
    this.likePrism = likePrism;
    this.atlassian = atlassian;
    this.locator = new SchemaLocator(spec.openApi());
    this.mapper = new FindingMapper(locator);
    this.urls = new UrlFormat(locator);
    this.gaps = new PrismCompileGaps(spec.openApi(), locator);
  }

  public List<Violation> validate(RoutedOperation operation, MockResponse response) {
    return validate(operation, response, null);
  }

  /**
   * Like {@link #validate(RoutedOperation, MockResponse)}, but checks {@code producedBody} (the
   * value before serialisation) instead of re-reading the bytes. Prism validates that value, so an
   * object served as XML is checked as the object it was (docs/prism-behaviour.md 6.4, 12.3).
   */
  public List<Violation> validate(
      RoutedOperation operation, MockResponse response, JsonNode producedBody) {
    ApiResponses responses = plans.plan(operation.operation()).operation().getResponses();
    ApiResponse declared = find(responses, response.status());
    if (declared == null) {
      Violation.Severity severity =
          response.status() >= 200 && response.status() < 300
              ? Violation.Severity.Error
              : Violation.Severity.Warning;
      String codes = responses == null ? "" : String.join(",", responses.keySet());
      return List.of(
          new Violation(
              List.of(),
              severity,
              "",
              "Unable to match the returned status code with those defined in the document: "
                  + codes));
    }
    List<Violation> out = new ArrayList<>();
    checkBody(declared, response, producedBody, out);
    checkHeaders(declared, response, out);
    return out;
  }

  private void checkBody(
      ApiResponse declared, MockResponse response, JsonNode produced, List<Violation> out) {
    Map<String, MediaType> content = declared.getContent();
    if (content == null || content.isEmpty()) {
      return;
    }
    String contentType = response.header("content-type");
    Optional<String> match =
        contentType == null ? Optional.empty() : MediaTypes.match(contentType, content.keySet());
    if (match.isEmpty()) {
      // e.g. a declared HEAD operation: no body, no Content-Type (12.2); Prism gives this no code
      out.add(
          new Violation(
              List.of(),
              Violation.Severity.Error,
              "",
              "The received media type \""
                  + MediaTypes.essence(contentType)
                  + "\" does not match the one specified in the current response: "
                  + String.join(", ", content.keySet())));
      return;
    }
    MediaType mediaType = content.get(match.get());
    Schema<?> schema = mediaType == null ? null : mediaType.getSchema();
    if (schema == null
        || response.body().length == 0
        || (likePrism && gaps.refusal(schema, PrismCompileGaps.Use.RESPONSE_BODY).isPresent())) {
      return;
    }
    ParsedBody body =
        produced != null
            ? new ParsedBody.Present(produced)
            : ParsedBody.read(response.body(), contentType);
    if (body instanceof ParsedBody.Malformed m) {
      out.add(
          new Violation(
              List.of("body"),
              Violation.Severity.Error,
              RequestVerdict.INVALID_JSON,
              m.detail().replace("Request body", "Response body")));
      return;
    }
    if (body instanceof ParsedBody.Present present) {
      JsonNode node = present.node();
      ValidationReport report = atlassian.schemas().validate(() -> node, schema, "response.body");
      out.addAll(mapper.body(report, schema, node, Side.Response));
      out.addAll(urls.check(schema, node, Side.Response));
    }
  }

  private void checkHeaders(ApiResponse declared, MockResponse response, List<Violation> out) {
    if (declared.getHeaders() == null
        || (likePrism && gaps.headersRefusal(declared, plans).isPresent())) {
      return;
    }
    for (Map.Entry<String, Header> e : declared.getHeaders().entrySet()) {
      String name = e.getKey();
      if (name.equalsIgnoreCase("content-type")) {
        continue; // ignored by OpenAPI
      }
      Header header = plans.deref(e.getValue());
      if (header == null) {
        continue;
      }
      String value = response.header(name);
      String shown = name.toLowerCase(Locale.ROOT);
      if (value == null) {
        if (Boolean.TRUE.equals(header.getRequired())) {
          out.add(
              new Violation(
                  List.of("header"),
                  Violation.Severity.Error,
                  "required",
                  "Response header must have required property '" + shown + "'"));
        }
        continue;
      }
      if (header.getSchema() == null || isPrismNull(value, plans.schemaType(header.getSchema()))) {
        continue;
      }
      Schema<?> schema = locator.deref(header.getSchema());
      if (schema == null) {
        continue;
      }
      ValidationReport report =
          ParameterChecker.validate(atlassian, value, schema, "response.header");
      Parameter asParameter = new Parameter().in("header").name(name).schema(header.getSchema());
      out.addAll(mapper.parameters(withParameter(report, asParameter), Side.Response));
    }
  }

  /**
   * Prism sends a boolean header sample as the literal {@code null} (6.5) and its validator coerces
   * null to the header's type, so that value is never a finding.
   */
  private static boolean isPrismNull(String value, String type) {
    return value.equals("null") && "boolean".equals(type);
  }

  private static ValidationReport withParameter(ValidationReport report, Parameter parameter) {
    if (!report.hasErrors() && report.getMessages().isEmpty()) {
      return report;
    }
    return report.withAdditionalContext(
        ValidationReport.MessageContext.create().withParameter(parameter).build());
  }

  /** Exact code, then its range ({@code 2XX}), then {@code default} (Prism's lookup). */
  private static ApiResponse find(ApiResponses responses, int status) {
    if (responses == null) {
      return null;
    }
    String code = Integer.toString(status);
    ApiResponse exact = responses.get(code);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, ApiResponse> e : responses.entrySet()) {
      String k = e.getKey();
      if (k.length() == 3
          && k.charAt(0) == code.charAt(0)
          && k.substring(1).equalsIgnoreCase("XX")) {
        return e.getValue();
      }
    }
    return responses.get("default");
  }
}
