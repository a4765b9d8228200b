package dev.paycontract.mock.internal.engine;

import dev.paycontract.mock.api.Exchange;
import dev.paycontract.mock.api.ExchangeListener;
import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.MockResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** Tells the listener (request log, journal) about each exchange: when it arrived, what was decided, how long it took. */
final class ExchangeRecorder {

  /** A request's arrival: the wall-clock time for the record, a monotonic start for the duration. */
  record Arrival(Instant time, long start) {}

  private final ExchangeListener listener;

  ExchangeRecorder(ExchangeListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener == null");
  }

  Arrival arrived() {
    return new Arrival(Instant.now(), System.nanoTime());
  }

  /** Reports the exchange and returns its response. */
  MockResponse done(Arrival arrival, MockRequest request, Handled h, Throwable failure) {
    String operationPath = h.op() == null ? null : MountPrefix.operationPath(h.op());
    Map<String, String> pathParams = h.op() == null ? Map.of() : h.op().pathParams();
    Duration took = Duration.ofNanos(System.nanoTime() - arrival.start());
    listener.exchanged(
        new Exchange(arrival.time(), request, h.response(), operationPath, pathParams, h.example(), h.dynamic(), h.violations(), took, failure, h.resource()));
    return h.response();
  }
}
