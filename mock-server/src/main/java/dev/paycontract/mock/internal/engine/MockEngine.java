package dev.paycontract.mock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.api.ExchangeListener;
import dev.paycontract.mock.api.MockOptions;
import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.api.ResourceRef;
import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.body.assemble.ResponseAssembler.Parts;
import dev.paycontract.mock.internal.negotiation.Preferences;
import dev.paycontract.mock.internal.negotiation.ResponseSelector;
import dev.paycontract.mock.internal.negotiation.Selection;
import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.problem.ProblemType;
import dev.paycontract.mock.internal.routing.RoutedOperation;
import dev.paycontract.mock.internal.routing.Router;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.state.InMemoryResourceStore;
import dev.paycontract.mock.internal.state.ResourceStore;
import dev.paycontract.mock.internal.state.StateEndpoint;
import dev.paycontract.mock.internal.validation.RequestVerdict;
import dev.paycontract.mock.log.RequestLog;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;

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
public final class MockEngine implements Engine {

  private final List<LoadedSpec> specs;
  private final MockOptions options;

  /** Operations and parts already named by {@link #notePrismGap}. */
  private final java.util.Set<String> prismGapsNoted =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final Router router;
  private final Map<LoadedSpec, SpecRuntime> runtimes = new IdentityHashMap<>();
  private final ResponseSelector selector;
  private final ExchangeRecorder recorder;
  private final ResourceStore store;
  private final StatefulPicker stateful;

  /** An engine that logs each request ({@link RequestLog#text()}). */
  public MockEngine(List<LoadedSpec> specs, MockOptions options) {
    this(specs, options, RequestLog.text());
  }

  /**
   * @param listener told about every exchange (request log, journal)
   */
  public MockEngine(List<LoadedSpec> specs, MockOptions options, ExchangeListener listener) {
    this(specs, options, listener, new InMemoryResourceStore());
  }

  /**
   * @param store where {@code --stateful} keeps resources (kept by the server across reloads)
   */
  public MockEngine(
      List<LoadedSpec> specs, MockOptions options, ExchangeListener listener, ResourceStore store) {
    this.recorder = new ExchangeRecorder(listener);
    this.specs = List.copyOf(specs);
    this.options = options;
    this.router = new Router(specs);
    this.selector = new ResponseSelector(options);
    specs.forEach(s -> runtimes.put(s, SpecRuntime.of(s, options.validateLikePrism())));
    this.store = store;
    this.stateful =
        options.stateful() ? new StatefulPicker(selector, store, this.specs, runtimes) : null;
    if (stateful != null) {
      stateful.lines().forEach(LoggerFactory.getLogger("dev.paycontract.mock")::info);
    }
  }

  /**
   * What {@code --stateful} wired (creates and the operations served from the store), one line
   * each; empty without it.
   */
  public List<String> statefulWiring() {
    return stateful == null ? List.of() : stateful.lines();
  }

  public List<LoadedSpec> specs() {
    return specs;
  }

  @Override
  public void prepare() {
    runtimes.values().forEach(rt -> rt.requestValidator().prepare());
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
      handled =
          new Handled(
              Problem.unknown(e.getMessage() != null ? e.getMessage() : e.toString()).toResponse(),
              List.of());
    }
    MockResponse response =
        options.cors() ? Cors.decorate(request, handled.response()) : handled.response();
    return recorder.done(arrival, request, handled.withResponse(response), failure);
  }

  /**
   * 413 for a body the HTTP layer refused to read (larger than {@link MockOptions#MAX_BODY_BYTES}).
   */
  public MockResponse rejectOversizeBody(MockRequest request) {
    return reject(request, RequestProblems.tooLarge());
  }

  /**
   * Answers {@code problem} without routing: a request the HTTP adapter refuses itself (a body that
   * could not be read, a lower-case method), logged and journaled like any other exchange.
   */
  @Override
  public MockResponse reject(MockRequest request, Problem problem) {
    ExchangeRecorder.Arrival arrival = recorder.arrived();
    MockResponse r = problem.toResponse();
    return recorder.done(
        arrival,
        request,
        new Handled(options.cors() ? Cors.decorate(request, r) : r, List.of()),
        null);
  }

  private Handled respond(MockRequest request) {
    if (request.body().length > MockOptions.MAX_BODY_BYTES) {
      return Handled.problem(RequestProblems.tooLarge());
    }
    RequestProblems.JsonBody json = RequestProblems.parseJson(request);
    if (json.malformed() != null) {
      return Handled.problem(json.malformed());
    }
    if (stateful != null && StateEndpoint.handles(request.path())) {
      return new Handled(StateEndpoint.answer(request, store), List.of());
    }
    Preferences prefs;
    switch (Preferences.from(request)) {
      case Outcome.Failed<Preferences>(Problem p) -> {
        return Handled.problem(p);
      }
      case Outcome.Ok<Preferences>(Preferences p) -> prefs = p;
    }
    return switch (router.route(request.method(), request.path(), request.queryParam("__server"))) {
      case Outcome.Failed<RoutedOperation>(Problem p) -> Handled.problem(p);
      case Outcome.Ok<RoutedOperation>(RoutedOperation op) ->
          respondRouted(request, op, prefs, json.tree()).routed(op);
    };
  }

  private Handled respondRouted(
      MockRequest request, RoutedOperation op, Preferences p, JsonNode json) {
    SpecRuntime rt = runtimes.get(op.spec());
    RequestVerdict verdict =
        rt.requestValidator().validate(MountPrefix.strip(request, op.spec()), op, json);
    if (verdict.isMalformedJson()) {
      return Handled.problem(Problem.of(ProblemType.INVALID_JSON, verdict.malformedJsonDetail()));
    }
    if (!(verdict instanceof RequestVerdict.Valid)) {
      notePrismGap(rt, op, verdict);
    }
    boolean head = request.method().equals("HEAD");
    Outcome<Selection> selected;
    StatefulPicker.Pick pick = null;
    if (verdict instanceof RequestVerdict.Valid && stateful != null) {
      pick = stateful.pick(rt, op, p, request, json, head);
      selected = pick.selection();
    } else if (verdict instanceof RequestVerdict.Valid) {
      selected = selector.forValid(rt, op.operation(), p, request.header("accept"), head);
    } else {
      Optional<Outcome<Selection>> declared =
          selector.forInvalid(
              rt, op.operation(), RequestProblems.declaredStatuses(verdict), p, head);
      if (declared.isEmpty()) {
        return new Handled(
            RequestProblems.forInvalidRequest(verdict).toResponse(),
            Handled.requestFindings(verdict.violations()));
      }
      selected = declared.get();
    }
    ResourceRef resource = pick == null ? null : pick.resource();
    boolean fresh = pick != null && pick.fresh();
    return switch (selected) {
      case Outcome.Failed<Selection>(Problem problem) ->
          Handled.problem(problem).fromStore(resource);
      case Outcome.Ok<Selection>(Selection chosen) ->
          serve(rt, op, chosen, verdict, fresh).fromStore(resource);
    };
  }

  /**
   * Says once per operation and part when a request is refused for a part Prism does not validate
   * (its validator cannot compile the schema): the same request passes Prism, which surprises a
   * user moving over, and {@code --validate-like-prism} is the switch for it.
   */
  private void notePrismGap(SpecRuntime rt, RoutedOperation op, RequestVerdict verdict) {
    rt.requestValidator()
        .partPrismSkips(op, verdict.violations())
        .ifPresent(
            gap -> {
              // bounded by the spec: one key per operation and part
              if (prismGapsNoted.add(op.method() + " " + op.pathTemplate() + " " + gap.part())) {
                LoggerFactory.getLogger("dev.paycontract.mock")
                    .warn(
                        "{} {}: refused for its {}, which Prism 5.16 does not validate (its"
                            + " validator cannot compile the schema: {}); Prism would let this"
                            + " request through. --validate-like-prism skips it as Prism does.",
                        op.method(),
                        op.pathTemplate(),
                        gap.part(),
                        gap.reason());
              }
            });
  }

  /** Assembled and checked once per static selection; a body made for this request every time. */
  private Handled serve(
      SpecRuntime rt, RoutedOperation op, Selection chosen, RequestVerdict verdict, boolean fresh) {
    Parts parts = chosen.parts();
    Outcome<StaticResponses.Prepared> prepared =
        fresh
            ? StaticResponses.prepare(rt, op, parts)
            : rt.responses()
                .get(op.operation(), parts, () -> StaticResponses.prepare(rt, op, parts));
    return switch (prepared) {
      // The request's own findings stay on a response that cannot be built (as in Prism, whose
      // serializer runs after the validation): an invalid request names what was wrong with it.
      case Outcome.Failed<StaticResponses.Prepared>(Problem problem) -> {
        if (verdict.violations().isEmpty()) {
          yield Handled.problem(problem);
        }
        List<Violation> findings = Handled.requestFindings(verdict.violations());
        yield new Handled(ViolationsHeader.addTo(problem.toResponse(), findings), findings);
      }
      case Outcome.Ok<StaticResponses.Prepared>(StaticResponses.Prepared ready) ->
          options.errors() && FindingsReporter.failsErrorsFlag(ready)
              ? FindingsReporter.violationsProblem(ready)
              : FindingsReporter.report(ready, verdict.violations())
                  .served(chosen.example(), chosen.dynamic());
    };
  }
}
