package dev.paycontract.mock.differential;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a {@link ProbeCase} to a mock exactly as recorded (method, raw path and query, headers,
 * body bytes; {@code Accept: *}{@code /*} unless the case sets or removes it, as curl does) and
 * records what came back. A missing answer within the timeout is an outcome ({@link
 * Exchange#noResponse}), never an exception: Prism does not answer malformed JSON at all.
 */
public final class CaseReplayer implements AutoCloseable {

  /** Section 16 of the behaviour reference: a case that gets no answer in 5 s has "no response". */
  public static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final HttpClient client;

  public CaseReplayer() {
    // HTTP/1.1 only: the default HTTP/2 would add an h2c upgrade to every request.
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public Exchange replay(ProbeCase probe, URI baseUri) {
    HttpRequest request = request(probe, baseUri);
    try {
      return send(request);
    } catch (HttpTimeoutException e) {
      return Exchange.noResponse("no answer within " + TIMEOUT.toSeconds() + " s");
    } catch (IOException first) {
      // A pooled keep-alive connection the server has just closed: one fresh attempt tells a
      // stale connection from a server that really drops the request.
      try {
        return send(request);
      } catch (HttpTimeoutException e) {
        return Exchange.noResponse("no answer within " + TIMEOUT.toSeconds() + " s");
      } catch (IOException again) {
        return Exchange.noResponse("connection failed: " + describe(again));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Exchange.noResponse("interrupted");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Exchange.noResponse("interrupted");
    }
  }

  private Exchange send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    return Exchange.answered(response.statusCode(), response.headers().map(), response.body());
  }

  static HttpRequest request(ProbeCase probe, URI baseUri) {
    String base = baseUri.toString().replaceAll("/+$", "");
    // The path is sent as recorded: encoded segments, "//" and query strings stay untouched.
    URI target = URI.create(base + probe.path());
    Optional<byte[]> body = probe.bodyBytes();
    HttpRequest.BodyPublisher publisher =
        body.map(HttpRequest.BodyPublishers::ofByteArray)
            .orElseGet(HttpRequest.BodyPublishers::noBody);
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(target).timeout(TIMEOUT).method(probe.method(), publisher);
    // The cases were recorded with curl, which sends "Accept: */*" unless told otherwise; a case
    // that wants no Accept at all says so with "Accept": null. Prism answers differently without
    // Accept (e.g. Content-type text/plain on a 204), so the default matters.
    if (probe.headers().keySet().stream().noneMatch("accept"::equalsIgnoreCase)) {
      builder.header("Accept", "*/*");
    }
    for (Map.Entry<String, String> header : probe.headers().entrySet()) {
      if (header.getValue() != null) { // null: the case wants the header absent
        builder.header(header.getKey(), header.getValue());
      }
    }
    return builder.build();
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
    if (e.getMessage() != null) {
      text.append(' ').append(e.getMessage());
    }
    if (e.getCause() != null && e.getCause() != e) {
      text.append(" <- ").append(describe(e.getCause()));
    }
    return text.toString();
  }

  @Override
  public void close() {
    client.close();
  }
}
