package dev.paycontract.mock.internal.proxy;

import dev.paycontract.mock.api.MockResponse;

/** What the upstream did with a forwarded request. */
public sealed interface UpstreamAnswer {

  /**
   * It answered.
   *
   * @param response status, end-to-end headers and body exactly as received (still encoded)
   * @param decodedBody the body with its {@code Content-Encoding} undone, for validation
   */
  record Answered(MockResponse response, byte[] decodedBody) implements UpstreamAnswer {}

  /** It could not be reached, or closed the connection without an answer. */
  record Unreachable(String reason) implements UpstreamAnswer {}

  /** It did not answer within the timeout. */
  record TimedOut(long millis) implements UpstreamAnswer {}
}
