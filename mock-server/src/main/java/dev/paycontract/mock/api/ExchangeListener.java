package dev.paycontract.mock.api;

import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Told about every exchange once the response is ready, before it is written; called on the
 * request's thread, so it must be quick and thread-safe. The request log and the request journal
 * are listeners.
 */
@FunctionalInterface
public interface ExchangeListener {

  void exchanged(Exchange exchange);

  /** Calls each listener in order; one that throws is logged and does not stop the others. */
  static ExchangeListener all(List<ExchangeListener> listeners) {
    List<ExchangeListener> copy = List.copyOf(listeners);
    return exchange -> {
      for (ExchangeListener l : copy) {
        try {
          l.exchanged(exchange);
        } catch (RuntimeException e) {
          LoggerFactory.getLogger("dev.paycontract.mock")
              .warn("exchange listener {} failed: {}", l, e.toString());
        }
      }
    };
  }
}
