package dev.paycontract.mock.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.body.ResponseAssembler.Parts;
import dev.paycontract.mock.http.Exchange;
import dev.paycontract.mock.http.ExchangeListener;
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
import java.time.Duration;
import java.time.Instant;
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
  private final ExchangeListener listener;

  /** An engine that logs each request ({@link RequestLog#text()}). */
  public MockEngine(List<LoadedSpec> specs, MockOptions options) {
    this(specs, options, RequestLog.text());
  }

  /** @param listener told about every exchange (request log, journal) */
  public MockEngine(List<LoadedSpec> specs, MockOptions options, ExchangeListener listener) {
    this.listener = java.util.Objects.requireNonNull(listener, "listener == null");
    this.specs = List.copyOf(specs);
    this.options = options;
    this.router = new Router(specs);
    this.picker = new ResponsePicker(options);
    specs.forEach(s -> runtimes.put(s, SpecRuntime.of(s)));
  }

  public List<LoadedSpec> specs() {
    return specs;
  }

  /** How many static responses the engine keeps, over all specs (for tests). */
  int staticResponsesKept() {
    return runtimes.values().stream().mapToInt(rt -> rt.responses().size()).sum();
  }

  public MockResponse handle(MockRequest request) {
    Instant time = Instant.now();
    long start = System.nanoTime();
    if (options.cors() && Cors.isPreflight(request)) {
      return done(time, start, request, new Handled(Cors.preflight(request), List.of()), null);
    }
    Handled handled;
    RuntimeException failure = null;
    try {
      handled = respond(request);
    } catch (RuntimeException e) {
      failure = e;
      handled = new Handled(Problem.unknown(e.getMessage() != null ? e.getMessage() : e.toString()).toResponse(), List.of());
    }
    MockResponse response = options.cors() ? Cors.decorate(request, handled.response()) : handled.response();
    return done(time, start, request, handled.withResponse(response), failure);
  }

  /** 413 for a body the HTTP layer refused to read (larger than {@link MockOptions#MAX_BODY_BYTES}). */
  public MockResponse rejectOversizeBody(MockRequest request) {
    Instant time = Instant.now();
    long start = System.nanoTime();
    MockResponse r = RequestProblems.tooLarge().toResponse();
    return done(time, start, request, new Handled(options.cors() ? Cors.decorate(request, r) : r, List.of()), null);
  }

  private MockResponse done(Instant time, long start, MockRequest request, Handled h, Throwable failure) {
    String operationPath = h.op() == null ? null : h.op().spec().mountPrefix() + h.op().pathTemplate();
    Map<String, String> pathParams = h.op() == null ? Map.of() : h.op().pathParams();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    listener.exchanged(
        new Exchange(time, request, h.response(), operationPath, pathParams, h.example(), h.dynamic(), h.violations(), took, failure));
    return h.response();
  }

  /** A response before CORS, with what the listeners need. */
  private record Handled(MockResponse response, List<Violation> violations, RoutedOperation op, String example, boolean dynamic) {
    Handled(MockResponse response, List<Violation> violations) {
      this(response, violations, null, null, false);
    }

    Handled routed(RoutedOperation o) {
      return new Handled(response, violations, o, example, dynamic);
    }

    Handled served(String exampleName, boolean generated) {
      return new Handled(response, violations, op, exampleName, generated);
    }

    Handled withResponse(MockResponse r) {
      return new Handled(r, violations, op, example, dynamic);
    }
  }

  private Handled respond(MockRequest request) {
    if (request.body().length > MockOptions.MAX_BODY_BYTES) {
      return problem(RequestProblems.tooLarge());
    }
    RequestProblems.JsonBody json = RequestProblems.parseJson(request);
    if (json.malformed() != null) {
      return problem(json.malformed());
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
    return respondRouted(request, op, ((Outcome.Ok<Preferences>) prefs).value(), json.tree()).routed(op);
  }

  private Handled respondRouted(MockRequest request, RoutedOperation op, Preferences p, JsonNode json) {
    SpecRuntime rt = runtimes.get(op.spec());
    RequestVerdict verdict = rt.requestValidator().validate(withoutMount(request, op.spec()), op, json);
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
        return new Handled(RequestProblems.forInvalidRequest(verdict).toResponse(), prefixed(verdict.violations()));
      }
      parts = declared.get();
    }
    if (parts instanceof Outcome.Failed<Parts> f) {
      return problem(f.problem());
    }
    Parts chosen = ((Outcome.Ok<Parts>) parts).value();
    Outcome<StaticResponses.Prepared> prepared = rt.responses().get(op.operation(), chosen, () -> prepare(rt, op, chosen));
    if (prepared instanceof Outcome.Failed<StaticResponses.Prepared> f) {
      return problem(f.problem());
    }
    StaticResponses.Prepared ready = ((Outcome.Ok<StaticResponses.Prepared>) prepared).value();
    List<Violation> responseFindings = ready.findings();
    if (options.errors() && responseFindings.stream().anyMatch(v -> v.severity() == Violation.Severity.Error)) {
      Problem p500 = Problem.withValidation(ProblemType.VIOLATIONS, RequestProblems.VIOLATIONS_DETAIL, responseFindings);
      return new Handled(withViolations(p500.toResponse(), responseFindings), responseFindings);
    }
    List<Violation> all;
    MockResponse response;
    if (verdict.violations().isEmpty()) {
      all = responseFindings;
      response = ready.copy(ready.violationsHeader());
    } else {
      all = new ArrayList<>(prefixed(verdict.violations()));
      all.addAll(responseFindings);
      response = ready.copy(ViolationsHeader.value(all));
    }
    String example = ServedExample.name(chosen, p.example(), rt.bodies());
    return new Handled(response, all).served(example, example == null && chosen.random() != null);
  }

  /** Assembles the chosen parts and checks the response against the spec (the same for static parts every time). */
  private static Outcome<StaticResponses.Prepared> prepare(SpecRuntime rt, RoutedOperation op, Parts chosen) {
    Outcome<MockResponse> assembled = rt.assembler().assemble(chosen);
    if (assembled instanceof Outcome.Failed<MockResponse> f) {
      return Outcome.failed(f.problem());
    }
    MockResponse response = ((Outcome.Ok<MockResponse>) assembled).value();
    // Prism validates the value it produced, not the bytes: an object served as XML is an object.
    JsonNode produced = chosen.body() == null || chosen.body().isMissingNode() ? null : chosen.body();
    List<Violation> findings =
        rt.responseValidator().validate(op, response, produced).stream().map(v -> v.prefixed("response")).toList();
    return Outcome.ok(new StaticResponses.Prepared(response, findings, findings.isEmpty() ? null : ViolationsHeader.value(findings)));
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
    return new Handled(problem.toResponse(), prefixed(problem.validation()));
  }

  private static List<Violation> prefixed(List<Violation> requestFindings) {
    return requestFindings.stream().map(v -> v.prefixed("request")).toList();
  }
}
