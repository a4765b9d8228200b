package dev.paycontract.mock.internal.engine;

import dev.paycontract.mock.api.ExchangeListener;
import dev.paycontract.mock.api.MockOptions;
import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.problem.ProblemType;
import dev.paycontract.mock.internal.proxy.UpstreamAnswer;
import dev.paycontract.mock.internal.proxy.UpstreamClient;
import dev.paycontract.mock.internal.routing.RoutedOperation;
import dev.paycontract.mock.internal.routing.Router;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.validation.RequestValidator;
import dev.paycontract.mock.internal.validation.RequestVerdict;
import dev.paycontract.mock.internal.validation.ResponseValidator;
import dev.paycontract.mock.internal.validation.Validators;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validation proxy's orchestrator, beside {@link MockEngine}: route, validate the request,
 * forward it to the upstream, validate the upstream's answer, report findings in {@code
 * sl-violations} and to the listeners (docs/adr/0018-validation-proxy.md).
 *
 * <ul>
 *   <li>{@code --errors} and an invalid request: a 401 (security) or 422 problem, not forwarded.
 *   <li>{@code --errors} and an answer that breaks the spec: a 500 VIOLATIONS problem naming the
 *       findings.
 *   <li>No operation matches: forwarded as is, flagged with a warning ("Selected route not found");
 *       with {@code --errors}, the routing problem (404, 405) instead, not forwarded.
 *   <li>Upstream unreachable or closing the connection: 502 UPSTREAM_UNREACHABLE; no answer in
 *       time: 504 UPSTREAM_TIMEOUT. Never a hang.
 * </ul>
 */
public final class ProxyEngine implements Engine {

  /** Prism's words for a request that matched no operation and was forwarded anyway. */
  static final String UNMATCHED = "Selected route not found";

  private final List<LoadedSpec> specs;
  private final MockOptions options;
  private final Router router;
  private final UpstreamClient upstream;
  private final ExchangeRecorder recorder;
  private final Map<LoadedSpec, RequestValidator> requestValidators = new IdentityHashMap<>();
  private final Map<LoadedSpec, ResponseValidator> responseValidators = new IdentityHashMap<>();

  public ProxyEngine(
      List<LoadedSpec> specs,
      MockOptions options,
      UpstreamClient upstream,
      ExchangeListener listener) {
    this.specs = List.copyOf(specs);
    this.options = options;
    this.router = new Router(specs);
    this.upstream = upstream;
    this.recorder = new ExchangeRecorder(listener);
    specs.forEach(
        s -> {
          Validators validators = Validators.of(s, options.validateLikePrism());
          requestValidators.put(s, validators.request());
          responseValidators.put(s, validators.response());
        });
  }

  @Override
  public List<LoadedSpec> specs() {
    return specs;
  }

  @Override
  public void prepare() {
    requestValidators.values().forEach(RequestValidator::prepare);
  }

  @Override
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

  @Override
  public MockResponse rejectOversizeBody(MockRequest request) {
    return reject(request, RequestProblems.tooLarge());
  }

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
    Outcome<RoutedOperation> routed =
        router.route(request.method(), request.path(), request.queryParam("__server"));
    if (routed instanceof Outcome.Failed<RoutedOperation> f) {
      if (options.errors()) {
        return Handled.problem(
            f.problem()); // Prism: with --errors the routing problem, not forwarded
      }
      Violation unmatched =
          new Violation(List.of("request"), Violation.Severity.Warning, "", UNMATCHED);
      return forwarded(request, request.path(), null, List.of(unmatched));
    }
    RoutedOperation op = ((Outcome.Ok<RoutedOperation>) routed).value();
    MockRequest asSpecSees = MountPrefix.strip(request, op.spec());
    RequestVerdict verdict = requestValidators.get(op.spec()).validate(asSpecSees, op);
    List<Violation> requestFindings = Handled.requestFindings(verdict.violations());
    if (options.errors() && !(verdict instanceof RequestVerdict.Valid)) {
      // Prism's proxy: 401 for security, else one 422 listing every finding (a content-type
      // finding included); never the spec's own example.
      RequestVerdict shown =
          verdict instanceof RequestVerdict.Unauthorized
              ? verdict
              : new RequestVerdict.Unprocessable(verdict.violations());
      return Handled.problem(RequestProblems.forInvalidRequest(shown)).routed(op);
    }
    return forwarded(asSpecSees, asSpecSees.path(), op, requestFindings).routed(op);
  }

  /** Forwards and checks the answer; {@code op} is null for a request that matched no operation. */
  private Handled forwarded(
      MockRequest request, String path, RoutedOperation op, List<Violation> requestFindings) {
    UpstreamAnswer answer = upstream.forward(request, path);
    return switch (answer) {
      case UpstreamAnswer.Unreachable u ->
          upstreamProblem(
              ProblemType.UPSTREAM_UNREACHABLE,
              "The upstream " + upstream.upstream() + " gave no answer: " + u.reason() + ".",
              requestFindings);
      case UpstreamAnswer.TimedOut t ->
          upstreamProblem(
              ProblemType.UPSTREAM_TIMEOUT,
              "The upstream "
                  + upstream.upstream()
                  + " did not answer within "
                  + t.millis()
                  + " ms.",
              requestFindings);
      case UpstreamAnswer.Answered a -> checked(a, op, requestFindings);
    };
  }

  private Handled checked(
      UpstreamAnswer.Answered a, RoutedOperation op, List<Violation> requestFindings) {
    List<Violation> responseFindings =
        op == null
            ? List.of()
            : responseValidators
                .get(op.spec())
                .validate(
                    op,
                    new MockResponse(
                        a.response().status(), a.response().headers(), a.decodedBody()))
                .stream()
                .map(v -> v.prefixed("response"))
                .toList();
    if (options.errors()
        && responseFindings.stream().anyMatch(v -> v.severity() == Violation.Severity.Error)) {
      Problem p500 =
          Problem.withValidation(
              ProblemType.VIOLATIONS, RequestProblems.VIOLATIONS_DETAIL, responseFindings);
      return new Handled(
          ViolationsHeader.addTo(p500.toResponse(), responseFindings), responseFindings);
    }
    List<Violation> all = new ArrayList<>(requestFindings);
    all.addAll(responseFindings);
    return new Handled(ViolationsHeader.addTo(a.response(), all), all);
  }

  private static Handled upstreamProblem(
      ProblemType type, String detail, List<Violation> requestFindings) {
    return new Handled(
        ViolationsHeader.addTo(Problem.of(type, detail).toResponse(), requestFindings),
        requestFindings);
  }
}
