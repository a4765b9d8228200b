package dev.paycontract.mock.engine;

import dev.paycontract.mock.body.ResponseAssembler.Parts;
import dev.paycontract.mock.http.MockRequest;
import dev.paycontract.mock.http.MockResponse;
import dev.paycontract.mock.negotiation.Preferences;
import dev.paycontract.mock.problem.Outcome;
import dev.paycontract.mock.problem.Problem;
import dev.paycontract.mock.problem.ProblemType;
import dev.paycontract.mock.routing.RoutedOperation;
import dev.paycontract.mock.routing.Router;
import dev.paycontract.mock.spec.LoadedSpec;
import dev.paycontract.mock.validation.RequestVerdict;
import dev.paycontract.mock.validation.Violation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The only orchestrator: one request in, one response out, following Prism's pipeline (section 3):
 * body checks, preferences, route, validate, pick the response, assemble, validate the response,
 * {@code sl-violations} / {@code --errors}, CORS. Knows nothing of HTTP servers.
 *
 * <pre>{@code
 * MockEngine engine = new MockEngine(new SpecLoader(false).load(sources), MockOptions.defaults());
 * MockResponse response = engine.handle(request);
 * }</pre>
 */
public final class MockEngine {

  private final List<LoadedSpec> specs;
  private final MockOptions options;
  private final Router router;
  private final Map<LoadedSpec, SpecRuntime> runtimes = new IdentityHashMap<>();
  private final ResponsePicker picker;
  private final RequestLog log = new RequestLog();

  public MockEngine(List<LoadedSpec> specs, MockOptions options) {
    this.specs = List.copyOf(specs);
    this.options = options;
    this.router = new Router(specs);
    this.picker = new ResponsePicker(options);
    specs.forEach(s -> runtimes.put(s, SpecRuntime.of(s)));
  }

  public List<LoadedSpec> specs() {
    return specs;
  }

  public MockResponse handle(MockRequest request) {
    if (options.cors() && Cors.isPreflight(request)) {
      return log.done(request, Cors.preflight(request), 0);
    }
    Handled handled;
    try {
      handled = respond(request);
    } catch (RuntimeException e) {
      log.failed(request, e);
      handled = new Handled(Problem.unknown(e.getMessage() != null ? e.getMessage() : e.toString()).toResponse(), 0);
    }
    MockResponse response = options.cors() ? Cors.decorate(request, handled.response()) : handled.response();
    return log.done(request, handled.pathParams(), response, handled.violations());
  }

  /** 413 for a body the HTTP layer refused to read (larger than {@link MockOptions#MAX_BODY_BYTES}). */
  public MockResponse rejectOversizeBody(MockRequest request) {
    MockResponse r = RequestProblems.tooLarge().toResponse();
    return log.done(request, options.cors() ? Cors.decorate(request, r) : r, 0);
  }

  /** A response before CORS, with what the request log needs. */
  private record Handled(MockResponse response, int violations, Map<String, String> pathParams) {
    Handled(MockResponse response, int violations) {
      this(response, violations, null);
    }

    Handled routed(RoutedOperation op) {
      return new Handled(response, violations, op.pathParams());
    }
  }

  private Handled respond(MockRequest request) {
    if (request.body().length > MockOptions.MAX_BODY_BYTES) {
      return problem(RequestProblems.tooLarge());
    }
    Optional<Problem> malformed = RequestProblems.malformedJson(request);
    if (malformed.isPresent()) {
      return problem(malformed.get());
    }
    Outcome<Preferences> prefs = Preferences.from(request);
    if (prefs instanceof Outcome.Failed<Preferences> f) {
      return problem(f.problem());
    }
    Outcome<RoutedOperation> routed = router.route(request.method(), request.path(), request.queryParam("__server"));
    if (routed instanceof Outcome.Failed<RoutedOperation> f) {
      return problem(f.problem());
    }
    RoutedOperation op = ((Outcome.Ok<RoutedOperation>) routed).value();
    return respondRouted(request, op, ((Outcome.Ok<Preferences>) prefs).value()).routed(op);
  }

  private Handled respondRouted(MockRequest request, RoutedOperation op, Preferences p) {
    SpecRuntime rt = runtimes.get(op.spec());
    RequestVerdict verdict = rt.requestValidator().validate(withoutMount(request, op.spec()), op);
    if (verdict.isMalformedJson()) {
      return problem(Problem.of(ProblemType.INVALID_JSON, verdict.malformedJsonDetail()));
    }
    boolean head = request.method().equals("HEAD");
    Outcome<Parts> parts;
    if (verdict instanceof RequestVerdict.Valid) {
      parts = picker.forValid(rt, op.operation(), p, request.header("accept"), head);
    } else {
      Optional<Outcome<Parts>> declared = picker.forInvalid(rt, op.operation(), errorCodes(verdict), p, head);
      if (declared.isEmpty()) {
        return new Handled(RequestProblems.forInvalidRequest(verdict).toResponse(), verdict.violations().size());
      }
      parts = declared.get();
    }
    if (parts instanceof Outcome.Failed<Parts> f) {
      return problem(f.problem());
    }
    Outcome<MockResponse> assembled = rt.assembler().assemble(((Outcome.Ok<Parts>) parts).value());
    if (assembled instanceof Outcome.Failed<MockResponse> f) {
      return problem(f.problem());
    }
    MockResponse response = ((Outcome.Ok<MockResponse>) assembled).value();
    List<Violation> responseFindings = rt.responseValidator().validate(op, response).stream().map(v -> v.prefixed("response")).toList();
    if (options.errors() && responseFindings.stream().anyMatch(v -> v.severity() == Violation.Severity.Error)) {
      Problem p500 = Problem.withValidation(ProblemType.VIOLATIONS, RequestProblems.VIOLATIONS_DETAIL, responseFindings);
      return new Handled(withViolations(p500.toResponse(), responseFindings), responseFindings.size());
    }
    List<Violation> all = new ArrayList<>(verdict.violations().stream().map(v -> v.prefixed("request")).toList());
    all.addAll(responseFindings);
    return new Handled(withViolations(response, all), all.size());
  }

  private static List<Integer> errorCodes(RequestVerdict verdict) {
    return switch (verdict) {
      case RequestVerdict.Unauthorized u -> List.of(401);
      case RequestVerdict.UnsupportedMediaType m -> List.of(415, 422, 400);
      default -> List.of(422, 400);
    };
  }

  private static MockResponse withViolations(MockResponse response, List<Violation> violations) {
    if (violations.isEmpty()) {
      return response;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put(ViolationsHeader.NAME, List.of(ViolationsHeader.value(violations)));
    headers.putAll(response.headers());
    return new MockResponse(response.status(), headers, response.body());
  }

  private static MockRequest withoutMount(MockRequest request, LoadedSpec spec) {
    if (spec.mountPrefix().isEmpty()) {
      return request;
    }
    String path = request.path().substring(spec.mountPrefix().length());
    return new MockRequest(request.method(), path.isEmpty() ? "/" : path, request.query(), request.headers(), request.body());
  }

  private static Handled problem(Problem problem) {
    return new Handled(problem.toResponse(), problem.validation().size());
  }
}
