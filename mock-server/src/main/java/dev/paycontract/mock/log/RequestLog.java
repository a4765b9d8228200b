package dev.paycontract.mock.log;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycontract.mock.api.Exchange;
import dev.paycontract.mock.api.ExchangeListener;
import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.masking.LineMasking;
import dev.paycontract.mock.internal.masking.LogMasking;
import dev.paycontract.mock.internal.masking.MaskingPrintStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request log: one line per request, at the level set by {@code -v} (Prism's levels).
 *
 * <pre>
 * POST /v2/customer/6c9d.../order -> 422 application/problem+json (3 violations)
 * GET /v2/order/ord-1 -> 200 application/json example=authorized
 * </pre>
 *
 * <p>At {@code info} only method, path, query and outcome are logged, masked by {@link LogMasking};
 * at {@code debug} the request and response headers and bodies follow (masked), and the violations
 * one per line. A 5xx line is a warning, so {@code -v warn} shows only problems. The JSON form
 * ({@link #json}) writes one object per line with the same fields, for tools.
 */
public final class RequestLog implements ExchangeListener {

  private static final Logger LOG = LoggerFactory.getLogger("dev.paycontract.mock");
  private static final int MAX_BODY_CHARS = 4096;

  /**
   * slf4j-simple's time stamp as the command line configures it ({@code HH:mm:ss.SSS}, local time).
   */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  private final PrintStream jsonOut;
  private final BatchedLineWriter batched;
  private final boolean json;

  private RequestLog(PrintStream jsonOut, BatchedLineWriter batched, boolean json) {
    this.jsonOut = jsonOut;
    this.batched = batched;
    this.json = json;
  }

  /** Text lines through slf4j (logger {@code dev.paycontract.mock}). */
  public static RequestLog text() {
    return new RequestLog(null, null, false);
  }

  /**
   * One JSON object per line on {@code out}; the levels of logger {@code dev.paycontract.mock}
   * still apply.
   */
  public static RequestLog json(PrintStream out) {
    return new RequestLog(java.util.Objects.requireNonNull(out, "out == null"), null, true);
  }

  /**
   * The command line's request log on {@code out}: JSON objects as {@link #json}, or text lines
   * laid out as the command line sets slf4j-simple up ({@code 13:56:33.240 [INFO] GET /v2/order/1
   * -> 200 ...}, failures followed by their stack trace). Levels are still those of logger {@code
   * dev.paycontract.mock}. The lines are written by one background thread, many per write (see
   * {@link BatchedLineWriter}), so logging costs a request little more than building its line. At
   * debug level lines are written at once, as {@link #text} and {@link #json} do, so they stay next
   * to the frameworks' debug lines.
   */
  public static RequestLog batched(PrintStream out, boolean json) {
    // The batched lines are built from masked values only (line(e), jsonLine(e, false); a
    // failure's stack trace is masked as it is appended), so they bypass the console's masking
    // stream, which would mask them again as free text (ADR 0023).
    return new RequestLog(out, new BatchedLineWriter(MaskingPrintStream.unmasked(out)), json);
  }

  /**
   * For a {@link #batched} log: writes the lines still queued; later lines are written directly.
   */
  public void close() {
    if (batched != null) {
      batched.close();
    }
  }

  @Override
  public void exchanged(Exchange e) {
    boolean problem = e.status() >= 500 || e.failure() != null;
    if (!(problem ? LOG.isWarnEnabled() : LOG.isInfoEnabled())) {
      return;
    }
    boolean debug = LOG.isDebugEnabled();
    if (json) {
      String line = jsonLine(e, debug);
      if (batched != null && !debug) {
        batched.add(out -> out.append(line).append(System.lineSeparator()));
      } else {
        jsonOut.println(line);
      }
      return;
    }
    if (batched != null && !debug) {
      long now = System.currentTimeMillis();
      if (e.failure() != null) {
        batched.add(
            new TextLine(now, "ERROR", line(e) + " failed; answered 500 UNKNOWN", e.failure()));
      } else {
        batched.add(new TextLine(now, problem ? "WARN" : "INFO", line(e), null));
      }
      return;
    }
    if (e.failure() != null) {
      LOG.error("{} failed; answered 500 UNKNOWN", line(e), e.failure());
    } else if (problem) {
      LOG.warn(line(e));
    } else {
      LOG.info(line(e));
    }
    if (debug) {
      details(e).forEach(LOG::debug);
    }
  }

  /** {@code POST /v1/orders -> 201 application/json example=created (1 violation)}, masked. */
  public static String line(Exchange e) {
    StringBuilder out =
        new StringBuilder()
            .append(e.method())
            .append(' ')
            .append(LogMasking.path(e.path(), e.pathParams()))
            .append(LogMasking.query(e.request().query()))
            .append(" -> ")
            .append(e.status())
            .append(' ')
            .append(e.mediaType() == null ? "(no body)" : e.mediaType());
    if (e.example() != null) {
      out.append(" example=").append(e.example());
    } else if (e.dynamic()) {
      out.append(" dynamic");
    }
    if (e.resource() != null) {
      out.append(" state=")
          .append(e.resource().action())
          .append(':')
          .append(e.resource().kind())
          .append('#')
          .append(e.resource().id());
    }
    int n = e.violations().size();
    if (n == 1) {
      // One finding is named, so "(1 violation)" never leaves the reader guessing which.
      Violation v = e.violations().get(0);
      out.append(" (1 violation: ");
      if (!v.location().isEmpty()) {
        out.append(LogMasking.text(String.join(".", v.location()))).append(' ');
      }
      out.append(v.code().isEmpty() ? v.severity().name() : v.code())
          .append(": ")
          .append(cutMessage(LineMasking.mask(v.message())))
          .append(')');
    } else if (n > 1) {
      out.append(" (").append(n).append(" violations)");
    }
    return out.toString();
  }

  /**
   * The debug lines after {@link #line}: headers and bodies (masked), then one line per violation.
   */
  public static List<String> details(Exchange e) {
    List<String> out = new ArrayList<>();
    e.request()
        .headers()
        .forEach(
            (name, values) ->
                values.forEach(v -> out.add("  > " + name + ": " + LogMasking.header(name, v))));
    if (e.request().hasBody()) {
      out.add(
          "  > " + cut(LogMasking.body(e.request().body(), e.request().header("content-type"))));
    }
    e.response()
        .headers()
        .forEach(
            (name, values) ->
                values.forEach(v -> out.add("  < " + name + ": " + LogMasking.header(name, v))));
    if (e.response().body().length > 0) {
      out.add("  < " + cut(LogMasking.body(e.response().body(), e.mediaType())));
    }
    for (Violation v : e.violations()) {
      out.add(
          "  ! "
              + String.join(".", v.location())
              + " "
              + v.severity()
              + " "
              + v.code()
              + ": "
              + LogMasking.text(v.message()));
    }
    return out;
  }

  /**
   * {@code {"time":…,"method":…,"path":…,"status":…,"mediaType":…,"example":…,"dynamic":…,
   * "violations":…,"durationMs":…}}; with {@code detail}, also the masked request, response and
   * violation list.
   */
  public static String jsonLine(Exchange e, boolean detail) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("time", e.time().toString());
    o.put("method", e.method());
    o.put("path", LogMasking.path(e.path(), e.pathParams()));
    String query = LogMasking.query(e.request().query());
    if (!query.isEmpty()) {
      o.put("query", query.substring(1));
    }
    o.put("status", e.status());
    o.put("mediaType", e.mediaType());
    o.put("example", e.example());
    o.put("dynamic", e.dynamic());
    if (e.resource() != null) {
      ObjectNode state = o.putObject("state");
      state.put("action", e.resource().action().toString());
      state.put("kind", e.resource().kind());
      state.put("id", e.resource().id());
    }
    o.put("violations", e.violations().size());
    o.put("durationMs", Math.round(e.duration().toNanos() / 10_000.0) / 100.0);
    if (e.failure() != null) {
      o.put("error", LineMasking.mask(e.failure().toString()));
    }
    if (detail) {
      o.set(
          "request",
          part(
              e.request().headers(),
              LogMasking.body(e.request().body(), e.request().header("content-type"))));
      o.set(
          "response",
          part(e.response().headers(), LogMasking.body(e.response().body(), e.mediaType())));
      ArrayNode findings = o.putArray("findings");
      for (Violation v : e.violations()) {
        ObjectNode f = findings.addObject();
        f.put("location", String.join(".", v.location()));
        f.put("severity", v.severity().name());
        f.put("code", v.code());
        f.put("message", LogMasking.text(v.message()));
      }
    }
    return o.toString();
  }

  /**
   * One text line in slf4j-simple's layout: time, {@code [LEVEL]}, message, then any stack trace.
   */
  private record TextLine(long millis, String level, String message, Throwable failure)
      implements BatchedLineWriter.Line {
    @Override
    public void appendTo(StringBuilder out) {
      TIME.formatTo(Instant.ofEpochMilli(millis), out);
      out.append(" [").append(level).append("] ").append(message).append(System.lineSeparator());
      if (failure != null) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        out.append(LineMasking.maskLines(trace.toString()));
      }
    }
  }

  private static ObjectNode part(Map<String, List<String>> headers, String body) {
    ObjectNode p = Json.MAPPER.createObjectNode();
    ObjectNode h = p.putObject("headers");
    headers.forEach(
        (name, values) -> h.put(name, LogMasking.header(name, String.join(", ", values))));
    p.put("body", cut(body));
    return p;
  }

  private static String cutMessage(String message) {
    String oneLine = message.replace('\n', ' ');
    return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "…";
  }

  private static String cut(String body) {
    return body.length() <= MAX_BODY_CHARS
        ? body
        : body.substring(0, MAX_BODY_CHARS) + "… (" + body.length() + " chars)";
  }
}
