package dev.paycontract.mock.differential;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one mock answered to one case: status, headers (names case-insensitive) and body, or the
 * reason there was no answer ({@code failure}, e.g. a timeout), which is an outcome like any other.
 */
public record Exchange(int status, Map<String, List<String>> headers, byte[] body, String failure) {

  public Exchange {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
    body = body.clone();
  }

  public static Exchange answered(int status, Map<String, List<String>> headers, byte[] body) {
    return new Exchange(status, headers, body, null);
  }

  /** No HTTP response at all: {@code reason} says why (timeout, connection closed, ...). */
  public static Exchange noResponse(String reason) {
    return new Exchange(0, Map.of(), new byte[0], reason);
  }

  public boolean hasResponse() {
    return failure == null;
  }

  /** The header's values joined with {@code ","} (as HTTP allows), or empty when absent. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty()
        ? Optional.empty()
        : Optional.of(String.join(",", values));
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The status as a reader wants to see it: {@code 422}, or {@code no response (timed out ...)}.
   */
  public String outcome() {
    return hasResponse() ? Integer.toString(status) : "no response (" + failure + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Exchange e
        && status == e.status
        && headers.equals(e.headers)
        && java.util.Arrays.equals(body, e.body)
        && java.util.Objects.equals(failure, e.failure);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Objects.hash(status, headers, failure) + java.util.Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "Exchange[" + outcome() + ", headers=" + headers + ", body=" + body.length + " bytes]";
  }
}
