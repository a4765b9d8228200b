package dev.paycontract.mock.internal.javalin;

import dev.paycontract.mock.internal.problem.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's own answer to a request it refuses before any handler runs (a bad percent-encoding, a 64
 * KB URL, 1,000 headers, {@code HTTP/0.9}, an HTTP/2 preface) as a problem+json from the catalogue,
 * like every other answer of the mock, and one line in the request log.
 */
final class ProblemErrorHandler extends ErrorHandler {

  private static final Logger LOG = LoggerFactory.getLogger("dev.paycontract.mock");

  /**
   * Jetty writes an empty body for methods other than GET, POST and HEAD; every method gets the
   * problem.
   */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    String reason = cause != null && cause.getMessage() != null ? cause.getMessage() : message;
    Problem problem = HttpLayerProblems.forStatus(code, reason);
    LOG.info(
        "(refused by the HTTP layer) -> {} {} {}",
        code,
        Problem.CONTENT_TYPE,
        problem.type().name());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    response.write(true, ByteBuffer.wrap(problem.toJson()), callback);
  }
}
