package dev.paycontract.mock.golden;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.MockServer;
import dev.paycontract.mock.api.MockOptions;
import dev.paycontract.mock.internal.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code src/test/resources/golden/<NN-feature>/<NNN-name>.txt} against a real server on
 * port 0 (one per fixture spec and option set), one dynamic test per file.
 */
class GoldenHttpTest {

  private static final Path ROOT = Path.of("src/test/resources/golden");
  private static final Map<String, MockServer> SERVERS = new HashMap<>();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  @TestFactory
  Stream<DynamicNode> golden() throws IOException {
    List<Path> features;
    try (Stream<Path> dirs = Files.list(ROOT)) {
      features = dirs.filter(Files::isDirectory).sorted().toList();
    }
    return features.stream()
        .map(dir -> DynamicContainer.dynamicContainer(dir.getFileName().toString(), cases(dir)));
  }

  private static Stream<DynamicNode> cases(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".txt"))
          .sorted()
          .<DynamicNode>map(
              p ->
                  DynamicTest.dynamicTest(
                      p.getFileName().toString(), p.toUri(), () -> run(GoldenCase.parse(p))))
          .toList()
          .stream();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void stopServers() {
    SERVERS.values().forEach(MockServer::stop);
    SERVERS.clear();
  }

  private static MockServer server(GoldenCase c) {
    String key = c.spec().toAbsolutePath() + " " + c.options();
    return SERVERS.computeIfAbsent(
        key,
        k -> {
          MockOptions options = MockOptions.defaults();
          for (String o : c.options()) {
            options =
                switch (o) {
                  case "errors" -> options.withErrors(true);
                  case "dynamic" -> options.withDynamic(true);
                  case "ignore-examples" -> options.withIgnoreExamples(true);
                  case "cors=false" -> options.withCors(false);
                  default -> {
                    if (o.startsWith("seed=")) {
                      yield options.withSeed(o.substring(5));
                    }
                    throw new IllegalArgumentException(c.file() + ": unknown option " + o);
                  }
                };
          }
          return MockServer.builder().spec(c.spec()).options(options).port(0).build().start();
        });
  }

  private static void run(GoldenCase c) throws Exception {
    MockServer server = server(c);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + c.target()))
            .timeout(Duration.ofSeconds(10))
            .method(
                c.method(),
                c.body().length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(c.body()));
    c.headers().forEach(h -> request.header(h.getKey(), h.getValue()));
    HttpResponse<byte[]> response =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    String body = new String(response.body(), StandardCharsets.UTF_8);

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(response.statusCode()).as("status (body: %s)", body).isEqualTo(c.status());
    c.expectedHeaders()
        .forEach(
            (name, expected) -> {
              var actual = response.headers().firstValue(name);
              if (expected.equals("<absent>")) {
                soft.assertThat(actual).as("header %s", name).isEmpty();
              } else if (expected.startsWith("[") || expected.startsWith("{")) {
                soft.assertThat(actual).as("header %s", name).isPresent();
                actual.ifPresent(
                    a ->
                        soft.assertThat(json(a))
                            .as("header %s (JSON)", name)
                            .isEqualTo(json(expected)));
              } else {
                soft.assertThat(actual).as("header %s", name).contains(expected);
              }
            });
    if (!c.expectedBody().equals("<any>")) {
      JsonNode expectedJson = jsonOrNull(c.expectedBody());
      if (expectedJson != null && !c.expectedBody().isEmpty()) {
        soft.assertThat(jsonOrNull(body))
            .as("body (JSON, structural) was: %s", body)
            .isEqualTo(expectedJson);
      } else {
        soft.assertThat(body).as("body").isEqualTo(c.expectedBody());
      }
    }
    soft.assertAll();
  }

  private static JsonNode json(String text) {
    try {
      return Json.MAPPER.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  private static JsonNode jsonOrNull(String text) {
    try {
      return text.isEmpty() ? null : Json.MAPPER.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }
}
