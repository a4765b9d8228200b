package dev.paycontract.mock.internal.javalin;

import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.problem.ProblemType;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error page for a request it refuses before any handler runs (a path with a bad
 * percent-encoding such as {@code /items/%zz}), turned into a {@code BAD_REQUEST} problem+json like
 * every other error of the mock. Other statuses keep Jetty's default page.
 */
final class ProblemErrorHandler extends ErrorHandler {

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback callback)
      throws IOException {
    if (code != 400) {
      super.generateResponse(request, response, code, message, cause, callback);
      return;
    }
    Problem problem = Problem.of(ProblemType.BAD_REQUEST, detail(message, cause));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    response.write(true, ByteBuffer.wrap(problem.toJson()), callback);
  }

  /** Jetty's reason when it has a specific one; its generic "400: Bad Request" says nothing. */
  static String detail(String message, Throwable cause) {
    String reason = cause != null && cause.getMessage() != null ? cause.getMessage() : message;
    reason = reason == null ? "" : reason.replaceFirst("^\\d{3}:\\s*", "").trim();
    if (reason.isEmpty() || reason.equalsIgnoreCase("Bad Request")) {
      return "The request line or headers are not valid HTTP (for example a path with a bad percent-encoding such as %zz).";
    }
    return "The request could not be read: " + reason;
  }
}
