package dev.paycontract.mock.internal.javalin;

import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.problem.ProblemType;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * The problem for a request the HTTP layer refuses or cannot finish reading: a status Jetty chose
 * (a 64 KB URL, a garbage version) or a failure while the body was read (a short body, a bad chunk
 * size, a stalled client). Every one is the client's doing, so none is a 500.
 */
final class HttpLayerProblems {

  private static final Map<Integer, ProblemType> BY_STATUS =
      Map.of(
          400, ProblemType.BAD_REQUEST,
          408, ProblemType.REQUEST_TIMEOUT,
          413, ProblemType.PAYLOAD_TOO_LARGE,
          414, ProblemType.URI_TOO_LONG,
          426, ProblemType.UPGRADE_REQUIRED,
          431, ProblemType.HEADERS_TOO_LARGE,
          505, ProblemType.HTTP_VERSION_NOT_SUPPORTED);

  private HttpLayerProblems() {}

  /** For a status Jetty answers by itself; {@code reason} is its message or that of its cause. */
  static Problem forStatus(int status, String reason) {
    ProblemType type = BY_STATUS.get(status);
    String detail = detail(status, reason);
    if (type == null) {
      // A refusal of the HTTP layer without an entry of its own keeps Jetty's status.
      return new Problem(
          ProblemType.UNKNOWN, detail, status, detail, java.util.List.of(), Map.of());
    }
    return Problem.of(type, detail);
  }

  /**
   * For a failure while the body was read: a timeout is 408, anything else the client sent is 400.
   */
  static Problem forBodyFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException) {
        return Problem.of(
            ProblemType.REQUEST_TIMEOUT,
            "The request body did not arrive within the server's idle timeout; send the whole body"
                + " promptly.");
      }
      if (t instanceof BadMessageException bad && bad.getCode() == 413) {
        return Problem.of(
            ProblemType.PAYLOAD_TOO_LARGE, "Request body exceeds the limit of the HTTP layer.");
      }
      if (t instanceof HttpException http && !(t instanceof EofException)) {
        return Problem.of(
            ProblemType.BAD_REQUEST,
            "The request body could not be read: " + reason(http.getReason(), t));
      }
      if (t instanceof EofException) {
        return Problem.of(
            ProblemType.BAD_REQUEST,
            "The request body ended early: the connection closed before the body announced by"
                + " Content-Length or by its chunks was complete.");
      }
    }
    return Problem.of(
        ProblemType.BAD_REQUEST, "The request body could not be read: " + reason(null, failure));
  }

  /**
   * True when reading the body failed because of what the client sent or did (not a bug of ours).
   */
  static boolean isClientFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException || t instanceof TimeoutException || t instanceof HttpException) {
        return true;
      }
    }
    return false;
  }

  private static String reason(String reason, Throwable t) {
    String r = reason != null && !reason.isBlank() ? reason : t.getMessage();
    return r == null || r.isBlank() ? t.getClass().getSimpleName() : r;
  }

  static String detail(int status, String reason) {
    String r = reason == null ? "" : reason.replaceFirst("^\\d{3}:\\s*", "").trim();
    boolean generic =
        r.isEmpty() || r.equalsIgnoreCase(org.eclipse.jetty.http.HttpStatus.getMessage(status));
    return switch (status) {
      case 400 ->
          generic
              ? "The request line or headers are not valid HTTP (for example a path with a bad"
                  + " percent-encoding such as %zz)."
              : "The request could not be read: " + r;
      case 414 ->
          "The request line is longer than the server accepts (8 KB); send long data in the body.";
      case 431 ->
          "The request headers are larger or more numerous than the server accepts (8 KB in all).";
      case 505 -> "Only HTTP/1.0 and HTTP/1.1 are served" + (generic ? "." : ": " + r);
      case 426 -> "HTTP/2 is not served on this port; use HTTP/1.1.";
      default ->
          generic
              ? "The HTTP layer refused the request (" + status + ")."
              : "The HTTP layer refused the request: " + r;
    };
  }
}
