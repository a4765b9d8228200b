package dev.paycontract.mock.internal.javalin;

import dev.paycontract.mock.internal.engine.Engine;
import dev.paycontract.mock.api.MockOptions;
import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.MockResponse;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletApiRequest;
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

  /** Shared: an empty array has nothing to change. */
  private static final byte[] NO_BODY = new byte[0];

  private final Supplier<? extends Engine> engine;
  private final Javalin app;

  /**
   * @param engine the engine to ask per request (a supplier, so a reload can swap it)
   * @param host listen address
   * @param port listen port, 0 for any free port
   */
  public JavalinAdapter(Supplier<? extends Engine> engine, String host, int port) {
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
              // Responses are written straight to the servlet response; Javalin's compression of
              // ctx.result() never applies, so it is off rather than consulted.
              cfg.http.compressionStrategy = CompressionStrategy.NONE;
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
    Engine current = engine.get();
    long declared = req.getContentLengthLong();
    MockResponse response;
    if (declared > MockOptions.MAX_BODY_BYTES) {
      response = current.rejectOversizeBody(toMockRequest(ctx, NO_BODY));
    } else {
      byte[] body = readBody(req.getInputStream(), declared, MockOptions.MAX_BODY_BYTES + 1);
      response =
          body.length > MockOptions.MAX_BODY_BYTES
              ? current.rejectOversizeBody(toMockRequest(ctx, NO_BODY))
              : current.handle(toMockRequest(ctx, body));
    }
    write(ctx, response);
  }

  private static MockRequest toMockRequest(Context ctx, byte[] body) {
    HttpServletRequest req = ctx.req();
    Map<String, List<String>> query =
        req.getQueryString() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(ctx.queryParamMap());
    return new MockRequest(
        req.getMethod().toUpperCase(Locale.ROOT), req.getRequestURI(), query, headers(req), body);
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
        headers.computeIfAbsent(field.getLowerCaseName(), k -> new ArrayList<>(1)).add(field.getValue());
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
