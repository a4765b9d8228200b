package dev.paycontract.mock.http.javalin;

import dev.paycontract.mock.problem.Problem;
import dev.paycontract.mock.problem.ProblemType;
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
    Problem problem = Problem.of(ProblemType.BAD_REQUEST, detail(request, message, cause));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    response.write(true, ByteBuffer.wrap(problem.toJson()), callback);
  }

  private static String detail(Request request, String message, Throwable cause) {
    String reason = cause != null && cause.getMessage() != null ? cause.getMessage() : message;
    String target = request.getHttpURI() == null ? null : request.getHttpURI().getPathQuery();
    String prefix =
        target == null || target.equals("/badMessage")
            ? "The request could not be read"
            : "The request " + target + " could not be read";
    return reason == null || reason.isBlank() ? prefix + "." : prefix + ": " + reason + ".";
  }
}
