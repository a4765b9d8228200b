package dev.paycontract.mock.verify;

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
import java.util.StringJoiner;

/**
 * Sends one {@link VerifyCase} to the live server and returns its answer, or why there was none.
 */
final class LiveCaller {

  /** The server's answer, or the reason there is none ({@code timed out after PT10S}). */
  sealed interface Answer {
    record Received(MockResponse response) implements Answer {}

    record None(String reason) implements Answer {}
  }

  private final HttpClient client;
  private final String baseUrl;
  private final Duration timeout;

  LiveCaller(URI baseUrl, Duration timeout) {
    this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  Answer send(VerifyCase c, Map<String, String> credentials) throws InterruptedException {
    Map<String, String> all = new LinkedHashMap<>(c.parameters());
    credentials.forEach(all::putIfAbsent);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path(c, all) + query(all)))
            .timeout(timeout)
            .header("User-Agent", "paycontract-verify")
            .method(
                c.method(),
                c.body().length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(c.body()));
    if (c.mediaType() != null && c.body().length > 0) {
      request.header("Content-Type", c.mediaType());
    }
    StringJoiner cookies = new StringJoiner("; ");
    all.forEach(
        (key, value) -> {
          if (key.startsWith("header ")) {
            request.header(key.substring("header ".length()), value);
          } else if (key.startsWith("cookie ")) {
            cookies.add(key.substring("cookie ".length()) + "=" + value);
          }
        });
    if (cookies.length() > 0) {
      request.header("Cookie", cookies.toString());
    }
    try {
      HttpResponse<byte[]> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      Map<String, List<String>> headers = new LinkedHashMap<>();
      response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
      return new Answer.Received(new MockResponse(response.statusCode(), headers, response.body()));
    } catch (HttpTimeoutException e) {
      return new Answer.None("timed out after " + timeout.toMillis() + " ms");
    } catch (IOException e) {
      return new Answer.None(
          "no answer: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    } catch (IllegalArgumentException e) {
      return new Answer.None("cannot send: " + e.getMessage());
    }
  }

  /** The path with its parameters filled in, each percent-encoded as one segment. */
  static String path(VerifyCase c, Map<String, String> values) {
    String path = c.spec().mountPrefix() + c.pathTemplate();
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getKey().startsWith("path ")) {
        String encoded =
            URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20");
        path = path.replace("{" + e.getKey().substring("path ".length()) + "}", encoded);
      }
    }
    return path;
  }

  private static String query(Map<String, String> values) {
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    values.forEach(
        (key, value) -> {
          if (key.startsWith("query ")) {
            query.add(enc(key.substring("query ".length())) + "=" + enc(value));
          }
        });
    return query.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
