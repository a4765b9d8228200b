package dev.paycontract.mock.internal.javalin;

import dev.paycontract.mock.api.MockOptions;
import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.internal.engine.Engine;
import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.problem.ProblemType;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.ServletApiRequest;
import org.eclipse.jetty.ee10.servlet.ServletApiResponse;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Javalin at the edge: one catch-all {@code before} handler (every method, every path, including
 * PROPFIND) translates the servlet request into a {@link MockRequest}, asks the engine, and writes
 * the {@link MockResponse} back. Nothing else happens here.
 */
public final class JavalinAdapter {

  /** Shared: an empty array has nothing to change. */
  private static final byte[] NO_BODY = new byte[0];

  private final Supplier<? extends Engine> engine;
  private final Javalin app;
  private final Duration idleTimeout;

  /**
   * @param engine the engine to ask per request (a supplier, so a reload can swap it)
   * @param host listen address
   * @param port listen port, 0 for any free port
   */
  public JavalinAdapter(Supplier<? extends Engine> engine, String host, int port) {
    this(engine, host, port, null);
  }

  /**
   * @param idleTimeout how long a connection may stay silent, also in the middle of a body (a
   *     stalled body is answered 408); null for Jetty's default of 30 s
   */
  public JavalinAdapter(
      Supplier<? extends Engine> engine, String host, int port, Duration idleTimeout) {
    this.engine = engine;
    this.idleTimeout = idleTimeout;
    this.app =
        Javalin.create(
            cfg -> {
              cfg.jetty.host = host;
              cfg.jetty.port = port;
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.concurrency.useVirtualThreads = true;
              cfg.http.maxRequestSize = MockOptions.MAX_BODY_BYTES;
              // Responses are written straight to the servlet response; Javalin's compression of
              // ctx.result() never applies, so it is off rather than consulted.
              cfg.http.compressionStrategy = CompressionStrategy.NONE;
              cfg.routes.before(this::handle);
              // Jetty's per-connection header cache matches values case-insensitively by default,
              // so
              // "bearer abc" after "Bearer abc" on a kept-alive connection was read as the latter.
              cfg.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
              // Requests Jetty refuses itself (bad percent-encoding) get a problem+json 400.
              // Every status Jetty answers by itself (414, 431, 505, ...) as problem+json too.
              cfg.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
              // Javalin's own "Server Error" text for anything that escapes handle() (never
              // expected).
              cfg.routes.exception(Exception.class, (e, ctx) -> unexpected(ctx, e));
            });
  }

  /** Starts listening; returns the bound port. */
  public int start() {
    app.start();
    if (idleTimeout != null) {
      for (org.eclipse.jetty.server.Connector c : app.jettyServer().server().getConnectors()) {
        if (c instanceof org.eclipse.jetty.server.AbstractConnector connector) {
          connector.setIdleTimeout(idleTimeout.toMillis());
        }
      }
    }
    return app.port();
  }

  public void stop() {
    app.stop();
  }

  /** True between {@link #start} and {@link #stop}, while the port is bound. */
  public boolean isRunning() {
    return app.jettyServer().server().isRunning();
  }

  private void handle(Context ctx) throws IOException {
    ctx.skipRemainingHandlers();
    HttpServletRequest req = ctx.req();
    Engine current = engine.get();
    long declared = req.getContentLengthLong();
    MockResponse response;
    if (!isTokenCase(req.getMethod())) {
      response =
          current.reject(
              toMockRequest(ctx, NO_BODY),
              Problem.of(
                  ProblemType.BAD_REQUEST,
                  "Method names are case-sensitive: "
                      + req.getMethod()
                      + " is not "
                      + req.getMethod().toUpperCase(Locale.ROOT)
                      + " (RFC 9110, section 9.1)."));
    } else if (declared > MockOptions.MAX_BODY_BYTES) {
      response = current.rejectOversizeBody(toMockRequest(ctx, NO_BODY));
    } else {
      byte[] body;
      try {
        body = readBody(req.getInputStream(), declared, MockOptions.MAX_BODY_BYTES + 1);
      } catch (RuntimeException e) {
        if (!HttpLayerProblems.isClientFailure(e)) {
          throw e;
        }
        // The client's doing (short body, bad chunk, stall): one log line, no stack trace.
        response = current.reject(toMockRequest(ctx, NO_BODY), HttpLayerProblems.forBodyFailure(e));
        write(ctx, response);
        return;
      }
      String coding = req.getHeader("Content-Encoding");
      if (body.length > MockOptions.MAX_BODY_BYTES) {
        response = current.rejectOversizeBody(toMockRequest(ctx, NO_BODY));
      } else if (body.length > 0
          && coding != null
          && !coding.isBlank()
          && !coding.trim().equalsIgnoreCase("identity")) {
        // RFC 9110, section 8.4.1: a content coding the server does not apply is a 415.
        response =
            current.reject(
                toMockRequest(ctx, body),
                Problem.of(
                    ProblemType.INVALID_CONTENT_TYPE,
                    "Content-Encoding "
                        + coding.trim()
                        + " is not supported: send the request body uncompressed."));
      } else {
        response = current.handle(toMockRequest(ctx, body));
      }
    }
    write(ctx, response);
  }

  /**
   * Methods are case-sensitive tokens; every method an API can declare is upper case, so a method
   * with a lower-case letter ({@code get}) is refused, as Prism does, rather than served as
   * another.
   */
  private static boolean isTokenCase(String method) {
    for (int i = 0; i < method.length(); i++) {
      if (Character.isLowerCase(method.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** An exception Javalin caught outside the engine: a bug of ours, still answered as a problem. */
  private static void unexpected(Context ctx, Exception e) {
    org.slf4j.LoggerFactory.getLogger("dev.paycontract.mock")
        .error(
            "{} {} failed in the HTTP adapter; answered 500 UNKNOWN",
            ctx.method(),
            dev.paycontract.mock.internal.masking.LogMasking.path(ctx.path(), Map.of()),
            e);
    Problem problem = Problem.unknown(String.valueOf(e.getMessage()));
    ctx.status(500).contentType(Problem.CONTENT_TYPE).result(problem.toJson());
  }

  private static MockRequest toMockRequest(Context ctx, byte[] body) {
    HttpServletRequest req = ctx.req();
    Map<String, List<String>> query =
        req.getQueryString() == null
            ? new LinkedHashMap<>()
            : new LinkedHashMap<>(ctx.queryParamMap());
    return new MockRequest(req.getMethod(), req.getRequestURI(), query, headers(req), body);
  }

  /**
   * Values by lower-case name, names in order of first arrival, one value per header line (as the
   * servlet API's {@code getHeaders(name)} gives them). Read from Jetty's field list when there is
   * one: its lower-case names are kept per field, so nothing is enumerated or lower-cased again.
   */
  private static Map<String, List<String>> headers(HttpServletRequest req) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (req instanceof ServletApiRequest api) {
      for (HttpField field : api.getRequest().getHeaders()) {
        headers
            .computeIfAbsent(field.getLowerCaseName(), k -> new ArrayList<>(1))
            .add(field.getValue());
      }
      return headers;
    }
    for (String name : Collections.list(req.getHeaderNames())) {
      headers
          .computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .addAll(Collections.list(req.getHeaders(name)));
    }
    return headers;
  }

  /**
   * Writes status, headers and body. Header names go to Jetty's field list as given, so the
   * engine's casing reaches the wire (Prism sends {@code Content-type} for mocks and {@code
   * content-type} for its problems); the servlet API would normalise them.
   */
  private static void write(Context ctx, MockResponse response) throws IOException {
    HttpServletResponse res = ctx.res();
    res.setStatus(response.status());
    res.setContentType(null); // Javalin's default text/plain: only the engine decides
    HttpFields.Mutable fields =
        res instanceof ServletApiResponse api ? api.getResponse().getHeaders() : null;
    for (Map.Entry<String, List<String>> h : response.headers().entrySet()) {
      for (String value : h.getValue()) {
        if (fields != null) {
          // No HttpHeader constant: Jetty would write its canonical spelling instead of ours.
          fields.add(new HttpField((HttpHeader) null, h.getKey(), value));
        } else {
          res.addHeader(h.getKey(), value);
        }
      }
    }
    if (response.body().length > 0) {
      res.setContentLength(response.body().length);
      res.getOutputStream().write(response.body());
    }
    // HEAD: Jetty adds Content-Length: 0 where Prism sends none; committing early instead would
    // make Jetty add Transfer-Encoding: chunked, which is no closer (accepted deviation D7).
  }

  /**
   * The request body: exactly {@code declared} bytes when Content-Length says how many (the caller
   * has refused more than the limit), else (chunked, or no body at all) up to {@code limit} bytes;
   * one byte is read first so a bodiless request costs no buffer.
   */
  static byte[] readBody(InputStream in, long declared, int limit) {
    try {
      if (declared == 0) {
        return NO_BODY;
      }
      if (declared > 0) {
        return in.readNBytes((int) Math.min(declared, limit));
      }
      int first = in.read();
      if (first < 0) {
        return NO_BODY;
      }
      byte[] rest = in.readNBytes(limit - 1);
      byte[] body = new byte[rest.length + 1];
      body[0] = (byte) first;
      System.arraycopy(rest, 0, body, 1, rest.length);
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
