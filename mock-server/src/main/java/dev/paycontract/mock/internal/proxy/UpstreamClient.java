package dev.paycontract.mock.internal.proxy;

import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.MockResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Forwards a request to the upstream as a reverse proxy does: the upstream's base path joined with
 * the request path, the query as received, end-to-end headers only (no {@code Host}: the client
 * sets the upstream's), {@code X-Forwarded-Host}/{@code -Proto} added, no redirects followed. The
 * answer's body is read whole (chunked framing undone by the client), its encoding kept.
 */
public final class UpstreamClient {

  private final URI upstream;
  private final Duration timeout;
  private final HttpClient client;

  public UpstreamClient(URI upstream, Duration timeout) {
    this.upstream = Objects.requireNonNull(upstream, "upstream == null");
    this.timeout = Objects.requireNonNull(timeout, "timeout == null");
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public URI upstream() {
    return upstream;
  }

  /**
   * @param path the path to ask the upstream for, still percent-encoded
   */
  public UpstreamAnswer forward(MockRequest request, String path) {
    URI target =
        URI.create(upstream.toString().replaceAll("/+$", "") + path + query(request.query()));
    HttpRequest.Builder out =
        HttpRequest.newBuilder(target)
            .timeout(timeout)
            .method(
                request.method(),
                request.body().length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    HopByHop.strip(request.headers())
        .forEach(
            (name, values) -> {
              if (!name.startsWith("x-forwarded-")) {
                values.forEach(v -> out.header(name, v));
              }
            });
    String host = request.header("host");
    if (host != null) {
      out.header("X-Forwarded-Host", host);
    }
    out.header("X-Forwarded-Proto", "http");
    try {
      HttpResponse<byte[]> answer =
          client.send(out.build(), HttpResponse.BodyHandlers.ofByteArray());
      Map<String, List<String>> headers = new LinkedHashMap<>();
      answer.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
      Map<String, List<String>> endToEnd = HopByHop.strip(headers);
      endToEnd.remove("date"); // the HTTP layer writes its own Date; two would reach the client
      byte[] body = answer.body();
      return new UpstreamAnswer.Answered(
          new MockResponse(answer.statusCode(), endToEnd, body),
          ContentDecoding.decode(
              body, answer.headers().firstValue("content-encoding").orElse(null)));
    } catch (HttpTimeoutException e) {
      return new UpstreamAnswer.TimedOut(timeout.toMillis());
    } catch (java.net.ConnectException e) {
      return new UpstreamAnswer.Unreachable("connection refused");
    } catch (IOException e) {
      return new UpstreamAnswer.Unreachable(reason(e));
    } catch (IllegalArgumentException e) {
      return new UpstreamAnswer.Unreachable("cannot forward: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new UpstreamAnswer.Unreachable("interrupted");
    }
  }

  /**
   * The innermost message ("HTTP/1.1 header parser received no bytes"), else the exception's name.
   */
  private static String reason(Throwable e) {
    String message = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        message = t.getMessage();
      }
    }
    return message != null ? message : e.getClass().getSimpleName();
  }

  private static String query(Map<String, List<String>> query) {
    StringJoiner out = new StringJoiner("&", "?", "").setEmptyValue("");
    query.forEach((name, values) -> values.forEach(v -> out.add(enc(name) + "=" + enc(v))));
    return out.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
