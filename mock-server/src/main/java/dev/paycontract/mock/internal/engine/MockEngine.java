package dev.paycontract.mock.internal.engine;

import dev.paycontract.mock.api.MockOptions;
import dev.paycontract.mock.log.RequestLog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.internal.body.assemble.ResponseAssembler.Parts;
import dev.paycontract.mock.api.ExchangeListener;
import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.internal.negotiation.Preferences;
import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.problem.ProblemType;
import dev.paycontract.mock.internal.routing.RoutedOperation;
import dev.paycontract.mock.internal.routing.Router;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.validation.RequestVerdict;
import dev.paycontract.mock.api.Violation;
import java.util.IdentityHashMap;
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
  private final ExchangeRecorder recorder;

  /** An engine that logs each request ({@link RequestLog#text()}). */
  public MockEngine(List<LoadedSpec> specs, MockOptions options) {
    this(specs, options, RequestLog.text());
  }

  /** @param listener told about every exchange (request log, journal) */
  public MockEngine(List<LoadedSpec> specs, MockOptions options, ExchangeListener listener) {
    this.recorder = new ExchangeRecorder(listener);
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
    ExchangeRecorder.Arrival arrival = recorder.arrived();
    if (options.cors() && Cors.isPreflight(request)) {
      return recorder.done(arrival, request, new Handled(Cors.preflight(request), List.of()), null);
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
    return recorder.done(arrival, request, handled.withResponse(response), failure);
  }

  /** 413 for a body the HTTP layer refused to read (larger than {@link MockOptions#MAX_BODY_BYTES}). */
  public MockResponse rejectOversizeBody(MockRequest request) {
    return reject(request, RequestProblems.tooLarge());
  }

  /**
   * Answers {@code problem} without routing: a request the HTTP adapter refuses itself (a body that
   * could not be read, a lower-case method), logged and journaled like any other exchange.
   */
  public MockResponse reject(MockRequest request, Problem problem) {
    ExchangeRecorder.Arrival arrival = recorder.arrived();
    MockResponse r = problem.toResponse();
    return recorder.done(arrival, request, new Handled(options.cors() ? Cors.decorate(request, r) : r, List.of()), null);
  }

  private Handled respond(MockRequest request) {
    if (request.body().length > MockOptions.MAX_BODY_BYTES) {
      return Handled.problem(RequestProblems.tooLarge());
    }
    RequestProblems.JsonBody json = RequestProblems.parseJson(request);
    if (json.malformed() != null) {
      return Handled.problem(json.malformed());
    }
    Outcome<Preferences> prefs = Preferences.from(request);
    if (prefs instanceof Outcome.Failed<Preferences> f) {
      return Handled.problem(f.problem());
    }
    Outcome<RoutedOperation> routed = router.route(request.method(), request.path(), request.queryParam("__server"));
    if (routed instanceof Outcome.Failed<RoutedOperation> f) {
      return Handled.problem(f.problem());
    }
    RoutedOperation op = ((Outcome.Ok<RoutedOperation>) routed).value();
    return respondRouted(request, op, ((Outcome.Ok<Preferences>) prefs).value(), json.tree()).routed(op);
  }

  private Handled respondRouted(MockRequest request, RoutedOperation op, Preferences p, JsonNode json) {
    SpecRuntime rt = runtimes.get(op.spec());
    RequestVerdict verdict = rt.requestValidator().validate(MountPrefix.strip(request, op.spec()), op, json);
    if (verdict.isMalformedJson()) {
      return Handled.problem(Problem.of(ProblemType.INVALID_JSON, verdict.malformedJsonDetail()));
    }
    boolean head = request.method().equals("HEAD");
    Outcome<Parts> parts;
    if (verdict instanceof RequestVerdict.Valid) {
      parts = picker.forValid(rt, op.operation(), p, request.header("accept"), head);
    } else {
      Optional<Outcome<Parts>> declared = picker.forInvalid(rt, op.operation(), RequestProblems.declaredStatuses(verdict), p, head);
      if (declared.isEmpty()) {
        return new Handled(RequestProblems.forInvalidRequest(verdict).toResponse(), Handled.requestFindings(verdict.violations()));
      }
      parts = declared.get();
    }
    if (parts instanceof Outcome.Failed<Parts> f) {
      return Handled.problem(f.problem());
    }
    Parts chosen = ((Outcome.Ok<Parts>) parts).value();
    Outcome<StaticResponses.Prepared> prepared = rt.responses().get(op.operation(), chosen, () -> StaticResponses.prepare(rt, op, chosen));
    if (prepared instanceof Outcome.Failed<StaticResponses.Prepared> f) {
      return Handled.problem(f.problem());
    }
    StaticResponses.Prepared ready = ((Outcome.Ok<StaticResponses.Prepared>) prepared).value();
    if (options.errors() && FindingsReporter.failsErrorsFlag(ready)) {
      return FindingsReporter.violationsProblem(ready);
    }
    String example = ServedExample.name(chosen, p.example(), rt.bodies());
    return FindingsReporter.report(ready, verdict.violations()).served(example, example == null && chosen.random() != null);
  }
}
