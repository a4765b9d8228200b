package dev.paycontract.mock.http.javalin;

import dev.paycontract.mock.engine.MockEngine;
import dev.paycontract.mock.engine.MockOptions;
import dev.paycontract.mock.http.MockRequest;
import dev.paycontract.mock.http.MockResponse;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletApiResponse;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Javalin at the edge: one catch-all {@code before} handler (every method, every path, including
 * PROPFIND) translates the servlet request into a {@link MockRequest}, asks the engine, and writes
 * the {@link MockResponse} back. Nothing else happens here.
 */
public final class JavalinAdapter {

  private final Supplier<MockEngine> engine;
  private final Javalin app;

  /**
   * @param engine the engine to ask per request (a supplier, so a reload can swap it)
   * @param host listen address
   * @param port listen port, 0 for any free port
   */
  public JavalinAdapter(Supplier<MockEngine> engine, String host, int port) {
    this.engine = engine;
    this.app =
        Javalin.create(
            cfg -> {
              cfg.jetty.host = host;
              cfg.jetty.port = port;
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.concurrency.useVirtualThreads = true;
              cfg.http.maxRequestSize = MockOptions.MAX_BODY_BYTES;
              cfg.routes.before(this::handle);
              // Jetty's per-connection header cache matches values case-insensitively by default, so
              // "bearer abc" after "Bearer abc" on a kept-alive connection was read as the latter.
              cfg.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
              // Requests Jetty refuses itself (bad percent-encoding) get a problem+json 400.
              cfg.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            });
  }

  /** Starts listening; returns the bound port. */
  public int start() {
    app.start();
    return app.port();
  }

  public void stop() {
    app.stop();
  }

  private void handle(Context ctx) throws IOException {
    ctx.skipRemainingHandlers();
    HttpServletRequest req = ctx.req();
    MockEngine current = engine.get();
    long declared = req.getContentLengthLong();
    MockResponse response;
    if (declared > MockOptions.MAX_BODY_BYTES) {
      response = current.rejectOversizeBody(toMockRequest(ctx, new byte[0]));
    } else {
      byte[] body = readAtMost(req.getInputStream(), MockOptions.MAX_BODY_BYTES + 1);
      response =
          body.length > MockOptions.MAX_BODY_BYTES
              ? current.rejectOversizeBody(toMockRequest(ctx, new byte[0]))
              : current.handle(toMockRequest(ctx, body));
    }
    write(ctx, response);
  }

  private static MockRequest toMockRequest(Context ctx, byte[] body) {
    HttpServletRequest req = ctx.req();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(req.getHeaderNames())) {
      headers
          .computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .addAll(Collections.list(req.getHeaders(name)));
    }
    Map<String, List<String>> query = new LinkedHashMap<>(ctx.queryParamMap());
    return new MockRequest(
        req.getMethod().toUpperCase(Locale.ROOT), req.getRequestURI(), query, headers, body);
  }

  /**
   * Writes status, headers and body. Header names go to Jetty's field list as given, so the
   * engine's casing reaches the wire (Prism sends {@code Content-type} for mocks and
   * {@code content-type} for its problems); the servlet API would normalise them.
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

  private static byte[] readAtMost(InputStream in, int limit) {
    try {
      return in.readNBytes(limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
