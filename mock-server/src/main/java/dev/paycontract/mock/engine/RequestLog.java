package dev.paycontract.mock.engine;

import dev.paycontract.mock.http.MockRequest;
import dev.paycontract.mock.http.MockResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: {@code POST /v1/orders -> 422 application/problem+json (3 violations)}.
 * Only method, path and outcome are logged: never headers, query strings or bodies, which may carry
 * credentials or card data.
 */
final class RequestLog {

  private static final Logger LOG = LoggerFactory.getLogger("dev.paycontract.mock");

  /** Path parameters whose values are credentials or card data by their name. */
  private static final java.util.regex.Pattern SENSITIVE_NAME =
      java.util.regex.Pattern.compile("(?i).*(token|secret|password|passwd|key|card|pan|cvv|cvc|auth).*");
  /** Digit runs as long as a card number (12-19 digits, spaces or dashes allowed). */
  private static final java.util.regex.Pattern CARD_LIKE = java.util.regex.Pattern.compile("\\d(?:[ -]?\\d){11,18}");

  MockResponse done(MockRequest request, MockResponse response, int violations) {
    return done(request, null, response, violations);
  }

  /**
   * @param pathParams the routed operation's path parameters (values of sensitive ones are masked),
   *     or null when the request was not routed
   */
  MockResponse done(MockRequest request, java.util.Map<String, String> pathParams, MockResponse response, int violations) {
    if (LOG.isInfoEnabled()) {
      String type = response.header("content-type");
      LOG.info(
          "{} {} -> {} {}{}",
          request.method(),
          masked(request.path(), pathParams),
          response.status(),
          type == null ? "(no body)" : type,
          violations == 0 ? "" : " (" + violations + (violations == 1 ? " violation)" : " violations)"));
    }
    return response;
  }

  void failed(MockRequest request, RuntimeException e) {
    LOG.error("{} {} failed; answering 500 UNKNOWN", request.method(), masked(request.path(), null), e);
  }

  static String masked(String path, java.util.Map<String, String> pathParams) {
    String out = path;
    if (pathParams != null) {
      for (var p : pathParams.entrySet()) {
        if (SENSITIVE_NAME.matcher(p.getKey()).matches() && !p.getValue().isEmpty()) {
          out = out.replace(java.net.URLEncoder.encode(p.getValue(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"), "***")
              .replace(p.getValue(), "***");
        }
      }
    }
    return CARD_LIKE.matcher(out).replaceAll("****");
  }
}
