package dev.paycontract.mock;

import dev.paycontract.mock.api.Exchange;
import dev.paycontract.mock.api.ExchangeListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Every exchange the mock answered, in arrival order, for assertions in tests. Headers and bodies
 * are kept as received (nothing masked: it never leaves the test). Enable it with {@code
 * MockServer.builder().journal(true)}; the JUnit extension always does.
 *
 * <pre>{@code
 * assertThat(mock.journal().requests("POST", "/v1/orders")).singleElement()
 *     .satisfies(e -> assertThat(e.requestBody()).contains("\"amount\""));
 * }</pre>
 */
public final class RequestJournal implements ExchangeListener {

  private final List<Exchange> exchanges = new ArrayList<>();
  private boolean cleared;

  @Override
  public synchronized void exchanged(Exchange exchange) {
    exchanges.add(exchange);
  }

  public synchronized int count() {
    return exchanges.size();
  }

  /** The most recent exchange; throws when none was recorded. */
  public synchronized Exchange last() {
    if (exchanges.isEmpty()) {
      throw new NoSuchElementException(
          "The mock has received no request" + (cleared ? " since the journal was cleared" : ""));
    }
    return exchanges.get(exchanges.size() - 1);
  }

  /** A copy of every exchange, oldest first. */
  public synchronized List<Exchange> all() {
    return List.copyOf(exchanges);
  }

  /**
   * The exchanges with this method whose operation has this path template (with any mount prefix,
   * e.g. {@code /v2/customer/{customer_uuid}/order}) or whose request path is exactly this literal
   * path.
   */
  public synchronized List<Exchange> requests(String method, String path) {
    String m = method.toUpperCase(Locale.ROOT);
    return exchanges.stream()
        .filter(e -> e.method().equals(m))
        .filter(e -> path.equals(e.operationPath()) || path.equals(e.path()))
        .toList();
  }

  public synchronized void clear() {
    exchanges.clear();
    cleared = true;
  }

  @Override
  public synchronized String toString() {
    StringBuilder out = new StringBuilder("RequestJournal[" + exchanges.size() + "]");
    exchanges.forEach(
        e ->
            out.append("\n  ")
                .append(e.method())
                .append(' ')
                .append(e.path())
                .append(" -> ")
                .append(e.status()));
    return out.toString();
  }
}
