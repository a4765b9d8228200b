package dev.paycontract.mock.internal.engine;

import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import java.util.List;

/**
 * What the HTTP adapter asks per request: the mock ({@link MockEngine}) or the validation proxy
 * ({@link ProxyEngine}).
 */
public sealed interface Engine permits MockEngine, ProxyEngine {

  MockResponse handle(MockRequest request);

  /** 413 for a body the HTTP layer refused to read (larger than the limit). */
  MockResponse rejectOversizeBody(MockRequest request);

  /**
   * Answers {@code problem} without routing: a request the HTTP adapter refuses itself (a body that
   * could not be read, a lower-case method), logged and journaled like any other exchange.
   */
  MockResponse reject(MockRequest request, Problem problem);

  List<LoadedSpec> specs();

  /**
   * Builds now what the first requests would otherwise build (the validators' schema set-up, ADR
   * 0029), so a server can answer before it is done; safe to call from any thread, any number of
   * times.
   */
  void prepare();
}
