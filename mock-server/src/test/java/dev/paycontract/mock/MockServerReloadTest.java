package dev.paycontract.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link MockServer#reload()}: an atomic swap that lets in-flight requests finish. */
class MockServerReloadTest {

  private static String spec(String text) {
    return """
    openapi: 3.0.3
    info: {title: Hello, version: '1'}
    paths:
      /hello:
        get:
          responses:
            '200':
              description: ok
              content:
                application/json:
                  example: {text: %s}
    """
        .formatted(text);
  }

  @Test
  void reload_inFlightRequest_finishesOnTheOldEngine(@TempDir Path dir) throws Exception {
    Path api = Files.writeString(dir.resolve("api.yaml"), spec("old"));
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean holdNext = new AtomicBoolean(true);
    // The listener runs after the engine has answered and before the answer is written.
    try (MockServer server =
        MockServer.builder()
            .spec(api)
            .port(0)
            .listener(
                e -> {
                  if (holdNext.getAndSet(false)) {
                    inside.countDown();
                    try {
                      release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException ex) {
                      Thread.currentThread().interrupt();
                    }
                  }
                })
            .build()
            .start()) {
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest hello = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/hello")).build();
      CompletableFuture<HttpResponse<String>> inFlight =
          http.sendAsync(hello, HttpResponse.BodyHandlers.ofString());
      assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

      Files.writeString(api, spec("new"));
      server.reload();
      assertThat(http.send(hello, HttpResponse.BodyHandlers.ofString()).body())
          .isEqualTo("{\"text\":\"new\"}");

      release.countDown();
      HttpResponse<String> old = inFlight.get(10, TimeUnit.SECONDS);
      assertThat(old.statusCode()).isEqualTo(200);
      assertThat(old.body()).isEqualTo("{\"text\":\"old\"}");
    }
  }

  @Test
  void reload_brokenSpec_throwsAndKeepsServing(@TempDir Path dir) throws Exception {
    Path api = Files.writeString(dir.resolve("api.yaml"), spec("old"));
    try (MockServer server = MockServer.builder().spec(api).port(0).build().start()) {
      Files.writeString(api, "openapi: 3.0.3\npaths: [\n");
      org.assertj.core.api.Assertions.assertThatThrownBy(server::reload)
          .isInstanceOf(dev.paycontract.mock.api.SpecLoadException.class)
          .hasMessageContaining("api.yaml");
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.baseUrl() + "/hello")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(r.body()).isEqualTo("{\"text\":\"old\"}");
    }
  }
}
