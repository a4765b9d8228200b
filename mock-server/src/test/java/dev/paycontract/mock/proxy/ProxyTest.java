package dev.paycontract.mock.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.MockServer;
import dev.paycontract.mock.api.MockOptions;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The validation proxy in front of loopback upstreams that answer well, drift, hang or hang up. */
@Timeout(60)
class ProxyTest {

  private static final String SPEC = "src/test/resources/verify/payments.yaml";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final String KEY = "X-Api-Key";

  private static MockServer proxy(URI upstream, boolean errors) {
    return MockServer.builder()
        .port(0)
        .spec(SPEC)
        .requestLog(null)
        .journal(true)
        .options(MockOptions.defaults().withErrors(errors))
        .upstream(upstream, Duration.ofMillis(800))
        .build()
        .start();
  }

  private static HttpResponse<byte[]> get(MockServer proxy, String path, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(proxy.baseUrl() + path)).timeout(Duration.ofSeconds(10));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpResponse<byte[]> post(MockServer proxy, String json) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(proxy.baseUrl() + "/payments"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header(KEY, "k")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * One request written by hand (the JDK client refuses {@code Connection}); the whole answer as
   * text.
   */
  private static String raw(MockServer proxy, String request) throws Exception {
    URI base = URI.create(proxy.baseUrl());
    try (var socket = new java.net.Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Nested
  class GoodUpstream {

    @Test
    void proxy_validExchange_passesTheAnswerThroughWithoutViolations() throws Exception {
      try (var upstream = new Upstreams.Http(false);
          MockServer proxy = proxy(upstream.uri(), false)) {
        HttpResponse<byte[]> r = get(proxy, "/payments/pay_1", KEY, "k");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(text(r))
            .isEqualTo("{\"id\":\"pay_1\",\"status\":\"AUTHORIZED\",\"amount\":100}");
        assertThat(r.headers().firstValue("x-upstream")).hasValue("yes");
        assertThat(r.headers().firstValue("sl-violations")).isEmpty();
        assertThat(proxy.journal().all())
            .singleElement()
            .satisfies(e -> assertThat(e.violations()).isEmpty());
      }
    }

    @Test
    void proxy_hopByHopHeaders_areNotForwardedAndHostIsTheUpstreams() throws Exception {
      try (var upstream = new Upstreams.Http(false);
          MockServer proxy = proxy(upstream.uri(), false)) {
        String answer =
            raw(
                proxy,
                "GET /payments/pay_1?expand=a%20b HTTP/1.1\r\nHost: "
                    + URI.create(proxy.baseUrl()).getAuthority()
                    + "\r\n"
                    + "X-Api-Key: k\r\n"
                    + "X-Drop-Me: 1\r\n"
                    + "Connection: X-Drop-Me, close\r\n"
                    + "TE: trailers\r\n\r\n");

        Upstreams.Received seen = upstream.received.get(0);
        assertThat(seen.uri()).isEqualTo("/payments/pay_1?expand=a%20b");
        assertThat(seen.headers().containsKey("X-drop-me")).isFalse();
        assertThat(seen.headers().containsKey("Te")).isFalse();
        assertThat(seen.headers().getFirst("Host")).isEqualTo(upstream.uri().getAuthority());
        assertThat(seen.headers().getFirst("X-forwarded-host"))
            .isEqualTo(URI.create(proxy.baseUrl()).getAuthority());
        assertThat(seen.headers().getFirst(KEY)).isEqualTo("k");
        String head =
            answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        assertThat(head)
            .startsWith("http/1.1 200")
            .contains("\r\nx-upstream: yes", "\r\ncontent-length: ");
        assertThat(head)
            .as("hop-by-hop on the way back")
            .doesNotContain("keep-alive:", "transfer-encoding:");
        assertThat(head.split("\r\ndate: ", -1)).as("one Date header").hasSize(2);
      }
    }

    @Test
    void proxy_gzipAnswer_isPassedEncodedAndValidatedDecoded() throws Exception {
      try (var upstream = new Upstreams.Http(false);
          MockServer proxy = proxy(upstream.uri(), true)) {
        HttpResponse<byte[]> r = get(proxy, "/payments/gzip", KEY, "k", "Accept-Encoding", "gzip");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-encoding")).hasValue("gzip");
        assertThat(
                new String(
                    new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes(),
                    StandardCharsets.UTF_8))
            .contains("\"amount\":100");
        assertThat(r.headers().firstValue("sl-violations")).isEmpty();
      }
    }

    @Test
    void proxy_mountedSpec_forwardsThePathWithoutThePrefix() throws Exception {
      try (var upstream = new Upstreams.Http(false);
          MockServer proxy =
              MockServer.builder()
                  .port(0)
                  .mount("/pay", java.nio.file.Path.of(SPEC))
                  .requestLog(null)
                  .upstream(upstream.uri(), Duration.ofSeconds(2))
                  .build()
                  .start()) {
        HttpResponse<byte[]> r = get(proxy, "/pay/payments/pay_1", KEY, "k");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(upstream.received.get(0).uri()).isEqualTo("/payments/pay_1");
        assertThat(r.headers().firstValue("sl-violations")).isEmpty();
      }
    }

    @Test
    void proxy_noOperationMatches_forwardsAndFlags() throws Exception {
      try (var upstream = new Upstreams.Http(false);
          MockServer proxy = proxy(upstream.uri(), false)) {
        HttpResponse<byte[]> r = get(proxy, "/refunds/1");

        assertThat(r.statusCode()).as("the upstream's own answer").isEqualTo(404);
        assertThat(text(r)).contains("no such thing");
        assertThat(upstream.received).hasSize(1);
        assertThat(r.headers().firstValue("sl-violations"))
            .hasValue(
                "[{\"location\":[\"request\"],\"severity\":\"Warning\",\"message\":\"Selected route"
                    + " not found\"}]");
      }
    }

    @Test
    void proxy_noOperationMatchesWithErrors_isTheRoutingProblemAndNotForwarded() throws Exception {
      try (var upstream = new Upstreams.Http(false);
          MockServer proxy = proxy(upstream.uri(), true)) {
        HttpResponse<byte[]> r = get(proxy, "/refunds/1");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(text(r)).contains("NO_PATH_MATCHED_ERROR");
        assertThat(upstream.received).isEmpty();
      }
    }
  }

  @Test
  void proxy_requestLog_masksCredentialsAndCardNumbersOfProxiedExchanges() throws Exception {
    try (var upstream = new Upstreams.Http(false);
        MockServer proxy = proxy(upstream.uri(), false)) {
      CLIENT.send(
          HttpRequest.newBuilder(URI.create(proxy.baseUrl() + "/payments"))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .header(KEY, "sk_live_123456")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"amount\":100,\"intent\":\"AUTHORIZE\",\"card\":\"4111 1111 1111 1111\"}"))
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());

      var exchange = proxy.journal().last();
      String logged =
          dev.paycontract.mock.log.RequestLog.line(exchange)
              + "\n"
              + String.join("\n", dev.paycontract.mock.log.RequestLog.details(exchange))
              + dev.paycontract.mock.log.RequestLog.jsonLine(exchange, true);

      assertThat(upstream.received.get(0).headers().getFirst(KEY))
          .as("forwarded as sent")
          .isEqualTo("sk_live_123456");
      assertThat(logged)
          .contains("POST /payments", "201")
          .doesNotContain("sk_live_123456", "4111 1111 1111 1111");
    }
  }

  @Nested
  class InvalidRequest {

    @Test
    void proxy_invalidRequest_isForwardedAndFlagged() throws Exception {
      try (var upstream = new Upstreams.Http(false);
          MockServer proxy = proxy(upstream.uri(), false)) {
        HttpResponse<byte[]> r = post(proxy, "{\"amount\":0,\"intent\":\"AUTHORIZE\"}");

        assertThat(upstream.received).hasSize(1);
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.headers().firstValue("sl-violations").orElseThrow())
            .contains("\"request\",\"body\",\"amount\"", "minimum");
      }
    }

    @Test
    void proxy_invalidRequestWithErrors_is422AndNotForwarded() throws Exception {
      try (var upstream = new Upstreams.Http(false);
          MockServer proxy = proxy(upstream.uri(), true)) {
        HttpResponse<byte[]> r = post(proxy, "{\"amount\":0,\"intent\":\"AUTHORIZE\"}");

        assertThat(upstream.received).isEmpty();
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(text(r)).contains("UNPROCESSABLE_ENTITY", "minimum");
      }
    }

    @Test
    void proxy_missingCredentialWithErrors_is401AndNotForwarded() throws Exception {
      try (var upstream = new Upstreams.Http(false);
          MockServer proxy = proxy(upstream.uri(), true)) {
        HttpResponse<byte[]> r = get(proxy, "/payments/pay_1");

        assertThat(upstream.received).isEmpty();
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(text(r)).contains("UNAUTHORIZED");
      }
    }
  }

  @Nested
  class DriftedUpstream {

    @Test
    void proxy_missingRequiredField_isFlaggedInSlViolations() throws Exception {
      try (var upstream = new Upstreams.Http(true);
          MockServer proxy = proxy(upstream.uri(), false)) {
        HttpResponse<byte[]> r = get(proxy, "/payments/pay_1", KEY, "k");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("sl-violations").orElseThrow())
            .contains("\"response\",\"body\"", "required", "amount");
        assertThat(proxy.journal().all())
            .singleElement()
            .satisfies(e -> assertThat(e.violations()).isNotEmpty());
      }
    }

    @Test
    void proxy_wrongEnumWithErrors_is500NamingTheViolation() throws Exception {
      try (var upstream = new Upstreams.Http(true);
          MockServer proxy = proxy(upstream.uri(), true)) {
        HttpResponse<byte[]> r = post(proxy, "{\"amount\":100,\"intent\":\"AUTHORIZE\"}");

        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(text(r)).contains("VIOLATIONS", "\"response\"", "status", "enum");
      }
    }

    @Test
    void proxy_undeclaredStatus_isFlagged() throws Exception {
      try (var upstream = new Upstreams.Http(true);
          MockServer proxy = proxy(upstream.uri(), false)) {
        HttpResponse<byte[]> r = get(proxy, "/health");

        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(r.headers().firstValue("sl-violations").orElseThrow())
            .contains("Unable to match the returned status code");
      }
    }
  }

  @Nested
  class BrokenUpstream {

    @Test
    void proxy_hangingUpstream_is504WithinTheTimeout() throws Exception {
      try (var upstream = new Upstreams.Socketed(true);
          MockServer proxy = proxy(upstream.uri(), false)) {
        long start = System.nanoTime();
        HttpResponse<byte[]> r = get(proxy, "/payments/pay_1", KEY, "k");

        assertThat(r.statusCode()).isEqualTo(504);
        assertThat(text(r)).contains("UPSTREAM_TIMEOUT", "800 ms");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
      }
    }

    @Test
    void proxy_upstreamClosingTheConnection_is502() throws Exception {
      try (var upstream = new Upstreams.Socketed(false);
          MockServer proxy = proxy(upstream.uri(), false)) {
        HttpResponse<byte[]> r = get(proxy, "/payments/pay_1", KEY, "k");

        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(r.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(text(r)).contains("UPSTREAM_UNREACHABLE");
      }
    }

    @Test
    void proxy_nothingListening_is502() throws Exception {
      try (MockServer proxy = proxy(URI.create("http://127.0.0.1:9"), false)) {
        HttpResponse<byte[]> r = get(proxy, "/payments/pay_1", KEY, "k");

        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(text(r)).contains("UPSTREAM_UNREACHABLE", "127.0.0.1:9", "connection refused");
      }
    }
  }
}
