package dev.paycontract.mock.internal.validation;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.media.MediaTypes;
import dev.paycontract.mock.internal.routing.RoutedOperation;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.validation.FindingMapper.Side;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a routed request against its operation the way Prism 5.16.0 does (docs/prism-behaviour.md
 * 8, 9, 10.2): security, body media type, body schema (no type coercion), then header, query and
 * path parameters (coerced from strings). Build one per spec; {@link #validate} is thread-safe.
 *
 * <pre>{@code
 * RequestValidator validator = new RequestValidator(spec);
 * switch (validator.validate(request, routed)) { case RequestVerdict.Valid v -> ...; ... }
 * }</pre>
 */
public final class RequestValidator {

  static final String BODY_REQUIRED = "Body parameter is required";
  static final String NO_BODY_EXPECTED =
      "No supported content types, but request included a non-empty body";
  static final String INVALID_SECURITY = "Invalid security scheme used";

  private final SecurityChecker security;
  private final OperationPlans plans;
  private final AtlassianSetup atlassian;
  private final FindingMapper mapper;
  private final ParameterChecker parameterChecker;
  private final FormBody form;
  private final SchemaLocator locator;
  private final UrlFormat urls;
  private final PrismCompileGaps gaps;
  private final boolean likePrism;

  public RequestValidator(LoadedSpec spec) {
    this(Objects.requireNonNull(spec, "spec == null"), new AtlassianSetup(spec.openApi()), false);
  }

  /**
   * Shares the Atlassian set-up with the spec's {@link ResponseValidator} (see {@link Validators}).
   *
   * @param likePrism skip the parts whose schema Prism's validator cannot compile, as Prism does
   *     ({@link PrismCompileGaps}, {@code --validate-like-prism})
   */
  RequestValidator(LoadedSpec spec, AtlassianSetup atlassian, boolean likePrism) {
    var api = spec.openApi();
    this.likePrism = likePrism;
    this.security = new SecurityChecker(api);
    this.plans = new OperationPlans(api);
    this.atlassian = atlassian;
    this.locator = new SchemaLocator(api);
    this.gaps = new PrismCompileGaps(api, locator);
    this.mapper = new FindingMapper(locator);
    this.urls = new UrlFormat(locator);
    this.parameterChecker = new ParameterChecker(atlassian, mapper, locator);
    this.form = new FormBody(locator);
  }

  /**
   * Builds the schema set-up this validator and its spec's {@link ResponseValidator} share, which
   * would otherwise be built by the first request that needs it.
   */
  public void prepare() {
    atlassian.prepare();
  }

  public RequestVerdict validate(MockRequest request, RoutedOperation routed) {
    return validate(request, routed, null);
  }

  /**
   * Reads a JSON request body as {@link #validate} does, except that content after the JSON value
   * is an error; a caller that checks the body for malformed JSON first passes the tree on to
   * {@link #validate(MockRequest, RoutedOperation, JsonNode)}, so the body is parsed once.
   *
   * @return the tree, null or a MissingNode for a blank body
   */
  public static JsonNode readJson(byte[] body) throws java.io.IOException {
    return ParsedBody.STRICT_MAPPER.readTree(body);
  }

  /**
   * As {@link #validate(MockRequest, RoutedOperation)}, with the body already parsed.
   *
   * @param json the request body read by {@link #readJson}, or null to read it here; used only when
   *     the request's content type is JSON (otherwise the body is read as text, as always)
   */
  public RequestVerdict validate(MockRequest request, RoutedOperation routed, JsonNode json) {
    OperationPlans.Plan plan = plans.plan(routed.operation());
    String contentType = request.header("content-type");
    ParsedBody body =
        json != null && request.hasBody() && MediaTypes.isJson(contentType)
            ? ParsedBody.ofJson(json)
            : ParsedBody.read(request.body(), contentType);
    if (body instanceof ParsedBody.Malformed m) {
      // Prism never answers these (10.3); we answer 400 at once (quirk 15.2, deviation)
      return new RequestVerdict.Unprocessable(
          List.of(
              new Violation(
                  List.of("body"),
                  Violation.Severity.Error,
                  RequestVerdict.INVALID_JSON,
                  m.detail())));
    }

    List<Violation> findings = new ArrayList<>();
    String unsupportedMediaType =
        checkBody(request, plan.requestBody(), contentType, body, findings);
    List<Violation> parameterFindings = parameterChecker.check(request, routed, plan);
    if (likePrism) {
      parameterFindings = withoutGroupsPrismSkips(parameterFindings, plan);
    }
    findings.addAll(parameterFindings);
    ParameterChecker.addDeprecationWarnings(request, routed, plan, findings);
    findings.sort(Comparator.comparingInt(RequestValidator::rank));

    SecurityChecker.Clearance auth = security.check(request, plan.security());
    findings.addAll(auth.warnings());
    if (!auth.satisfied()) {
      findings.add(new Violation(List.of(), Violation.Severity.Error, "401", INVALID_SECURITY));
      return new RequestVerdict.Unauthorized(findings, auth.challenges());
    }
    if (unsupportedMediaType != null) {
      return new RequestVerdict.UnsupportedMediaType(findings, unsupportedMediaType);
    }
    boolean anyError = findings.stream().anyMatch(v -> v.severity() == Violation.Severity.Error);
    return anyError
        ? new RequestVerdict.Unprocessable(findings)
        : new RequestVerdict.Valid(findings);
  }

  /** Body rules of 8.1 and 10.2; returns the 415 detail, or null when the media type is fine. */
  private String checkBody(
      MockRequest request,
      RequestBody declared,
      String contentType,
      ParsedBody body,
      List<Violation> out) {
    Map<String, MediaType> content = declared == null ? null : declared.getContent();
    boolean required = declared != null && Boolean.TRUE.equals(declared.getRequired());
    if (!request.hasBody()) {
      if (required) {
        out.add(new Violation(List.of(), Violation.Severity.Error, "required", BODY_REQUIRED));
      }
      return null;
    }
    if (content == null || content.isEmpty()) {
      out.add(new Violation(List.of(), Violation.Severity.Error, "415", NO_BODY_EXPECTED));
      return NO_BODY_EXPECTED;
    }
    MediaType mediaType;
    if (contentType == null) {
      // no Content-Type: Prism keeps the raw text and validates it (a string) against the schema
      mediaType =
          content.containsKey("application/json")
              ? content.get("application/json")
              : content.values().iterator().next();
    } else {
      Optional<String> match = MediaTypes.match(contentType, content.keySet());
      if (match.isEmpty()) {
        String detail = "Supported content types: " + String.join(", ", content.keySet());
        out.add(new Violation(List.of(), Violation.Severity.Error, "415", detail));
        return detail;
      }
      mediaType = content.get(match.get());
    }
    if (!(body instanceof ParsedBody.Present present) || present.node().isNull()) {
      if (required) {
        out.add(new Violation(List.of(), Violation.Severity.Error, "required", BODY_REQUIRED));
      }
      return null;
    }
    Schema<?> schema = mediaType == null ? null : mediaType.getSchema();
    if (schema == null || !schemaCheckable(contentType)) {
      return null;
    }
    if (likePrism && gaps.refusal(schema, PrismCompileGaps.Use.REQUEST_BODY).isPresent()) {
      return null; // Prism's validator cannot compile it and reports nothing
    }
    JsonNode node =
        MediaTypes.essence(contentType).equals("application/x-www-form-urlencoded")
            ? form.decode(present.node().asText(), locator.deref(schema), mediaType.getEncoding())
            : present.node();
    ValidationReport report = atlassian.schemas().validate(() -> node, schema, "request.body");
    out.addAll(mapper.body(report, schema, node, Side.Request));
    out.addAll(urls.check(schema, node, Side.Request));
    return null;
  }

  /** Parameter findings without those of the groups ({@code query}, ...) Prism cannot compile. */
  private List<Violation> withoutGroupsPrismSkips(
      List<Violation> findings, OperationPlans.Plan plan) {
    return findings.stream().filter(v -> gaps.requestGap(plan, v.location()).isEmpty()).toList();
  }

  /**
   * When a request has error findings in a part Prism does not validate (its validator cannot
   * compile that part's schema, {@link PrismCompileGaps}), the part and the reason, for a note in
   * the log: Prism would have let that request through. Empty otherwise, and always with {@code
   * --validate-like-prism} (those findings are not made then).
   */
  public Optional<PrismCompileGaps.Gap> partPrismSkips(
      RoutedOperation routed, List<Violation> findings) {
    if (likePrism) {
      return Optional.empty();
    }
    OperationPlans.Plan plan = plans.plan(routed.operation());
    return findings.stream()
        .filter(v -> v.severity() == Violation.Severity.Error)
        .map(v -> gaps.requestGap(plan, v.location()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** Form bodies are decoded first ({@link FormBody}); multipart bodies are not schema-checked. */
  private static boolean schemaCheckable(String contentType) {
    return !MediaTypes.essence(contentType).startsWith("multipart/");
  }

  /** Prism lists body findings first, then headers, query and path (8.2). */
  private static int rank(Violation v) {
    if (v.location().isEmpty()) {
      return 0;
    }
    return switch (v.location().get(0)) {
      case "body" -> 0;
      case "header" -> 1;
      case "query" -> 2;
      case "path" -> 3;
      default -> 4;
    };
  }
}
