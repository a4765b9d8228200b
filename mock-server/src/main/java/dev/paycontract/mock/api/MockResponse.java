package dev.paycontract.mock.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP response produced by the engine.
 *
 * @param status HTTP status code
 * @param headers header values keyed by name <b>as they are sent</b> (casing kept), in order
 * @param body body bytes, empty (never null) for no body
 */
public record MockResponse(int status, Map<String, List<String>> headers, byte[] body) {

  public MockResponse {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status out of range: " + status);
    }
    Objects.requireNonNull(headers, "headers == null");
    body = body == null ? new byte[0] : body;
  }

  /** First value of a header, name case-insensitive, or null. */
  public String header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }
}
