package dev.paycontract.mock.internal.problem;

/**
 * The one catalogue of every error the mock emits itself. Codes, titles and statuses are Prism's
 * (docs/prism-behaviour.md section 14) so clients that snapshot Prism's problems see the same
 * values; {@link #INVALID_JSON}, {@link #BAD_REQUEST}, {@link #PAYLOAD_TOO_LARGE}, the two {@code
 * UPSTREAM_} types and the HTTP-layer refusals are our additions (see docs/errors.md).
 */
public enum ProblemType {
  NO_PATH_MATCHED_ERROR(404, "Route not resolved, no path matched"),
  NO_METHOD_MATCHED_ERROR(405, "Route resolved, but no method matched"),
  NO_SERVER_MATCHED_ERROR(404, "Route not resolved, no server matched"),
  NO_SERVER_CONFIGURATION_PROVIDED_ERROR(
      404, "Route not resolved, no server configuration provided"),
  NO_RESOURCE_PROVIDED_ERROR(404, "Route not resolved, no resource provided"),
  UNPROCESSABLE_ENTITY(422, "Invalid request"),
  UNAUTHORIZED(401, "Invalid security scheme used"),
  INVALID_CONTENT_TYPE(415, "Invalid content type"),
  NOT_ACCEPTABLE(406, "The server cannot produce a representation for your accept header"),
  NOT_FOUND(404, "The server cannot find the requested content"),
  NO_RESPONSE_RESPONSE_DEFINED(500, "No response defined for the selected operation"),
  VIOLATIONS(500, "Request/Response not valid"),
  SCHEMA_TOO_COMPLEX(500, "Schema too complex"),
  NO_COMPLEX_OBJECT_TEXT(500, "Cannot serialise complex objects as text"),
  /** Prism uses the error message as title; {@link Problem#unknown} does the same. */
  UNKNOWN(500, "Unknown error"),
  INVALID_JSON(400, "Request body is not valid JSON"),
  /**
   * A request the HTTP layer cannot read, e.g. a path with a bad percent-encoding ({@code %zz}).
   */
  BAD_REQUEST(400, "Bad request"),
  PAYLOAD_TOO_LARGE(413, "Request body too large"),
  /**
   * Proxy: the upstream refused the connection, closed it without an answer, or cannot be resolved.
   */
  UPSTREAM_UNREACHABLE(502, "Upstream unreachable"),
  /** Proxy: the upstream did not answer within the timeout. */
  UPSTREAM_TIMEOUT(504, "Upstream timed out"),
  /** The body did not arrive within the idle timeout (a client that stalls mid-body). */
  REQUEST_TIMEOUT(408, "Request body not received in time"),
  URI_TOO_LONG(414, "Request URI too long"),
  HEADERS_TOO_LARGE(431, "Request header fields too large"),
  /** HTTP/2 prior knowledge ({@code PRI * HTTP/2.0}) on the plain HTTP/1.1 port. */
  UPGRADE_REQUIRED(426, "Upgrade required"),
  HTTP_VERSION_NOT_SUPPORTED(505, "HTTP version not supported");

  private static final String BASE = "https://stoplight.io/prism/errors#";

  private final int status;
  private final String title;

  ProblemType(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** {@code https://stoplight.io/prism/errors#CODE}. */
  public String uri() {
    return BASE + name();
  }
}
