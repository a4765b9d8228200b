package dev.paycontract.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.MockServer;
import dev.paycontract.mock.cli.SpecWatcher.Reload;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hot reload: saved changes are served, broken saves keep the last good version. */
class SpecWatcherTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;
  private final List<Reload> reloads = new CopyOnWriteArrayList<>();
  private MockServer server;
  private SpecWatcher watcher;

  private static String spec(String greeting) {
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
                  schema: {$ref: 'schemas.yaml#/Greeting'}
                  example: {text: %s}
    """
        .formatted(greeting);
  }

  private static final String SCHEMAS =
      """
      Greeting:
        type: object
        properties:
          text: {type: string}
      """;

  private void start() throws Exception {
    save("schemas.yaml", SCHEMAS);
    save("api.yaml", spec("one"));
    server = MockServer.builder().spec(dir.resolve("api.yaml")).port(0).build().start();
    watcher = SpecWatcher.start(server, reloads::add);
  }

  @AfterEach
  void stop() {
    if (watcher != null) {
      watcher.close();
    }
    if (server != null) {
      server.stop();
    }
  }

  /** Saves like an editor does: a new file renamed over the old one. */
  private void save(String name, String text) throws Exception {
    Path tmp = Files.writeString(dir.resolve("." + name + ".swp"), text);
    Files.move(
        tmp,
        dir.resolve(name),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private String hello() throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/hello")).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** Waits up to 5 s for a condition (a bound, not a timing assertion). */
  private static void await(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
      Thread.sleep(50);
    }
    assertThat(condition.getAsBoolean()).as("condition reached within 5 s").isTrue();
  }

  private BooleanSupplier answers(String text) {
    return () -> {
      try {
        return hello().contains("\"" + text + "\"");
      } catch (Exception e) {
        return false;
      }
    };
  }

  private long failures() {
    return reloads.stream().filter(r -> r instanceof Reload.Failed).count();
  }

  @Test
  void savedExample_isServedAfterReload() throws Exception {
    start();
    assertThat(hello()).contains("\"one\"");
    save("api.yaml", spec("two"));
    await(answers("two"));
    assertThat(reloads)
        .last()
        .isInstanceOfSatisfying(
            Reload.Reloaded.class,
            r -> {
              assertThat(r.operations()).isEqualTo(1);
              assertThat(r.changed())
                  .contains(dir.resolve("api.yaml").toAbsolutePath().normalize());
            });
  }

  @Test
  void brokenSave_keepsLastGoodVersionAndReportsOnce_thenRecovers() throws Exception {
    start();
    save("api.yaml", spec("two"));
    await(answers("two"));

    save(
        "api.yaml", spec("three").replace("paths:", "paths: [").replace("'200':", "'200':\n  - {"));
    await(() -> failures() == 1);
    assertThat(hello()).contains("\"two\"");
    Reload.Failed failed =
        (Reload.Failed)
            reloads.stream().filter(r -> r instanceof Reload.Failed).findFirst().orElseThrow();
    assertThat(failed.message()).contains("api.yaml");
    assertThat(SpecWatcher.describe(failed))
        .startsWith("reload of ")
        .contains("failed; still serving the last good version: ")
        .doesNotContain("\n", "Exception");

    save("api.yaml", spec("four"));
    await(answers("four"));
    assertThat(failures()).isEqualTo(1);
  }

  @Test
  void changeInRefdFile_reloads() throws Exception {
    start();
    // The example breaks the new schema: the response now carries an sl-violations header.
    save("schemas.yaml", SCHEMAS.replace("text: {type: string}", "text: {type: integer}"));
    await(
        () -> {
          try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/hello")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .headers()
                .firstValue("sl-violations")
                .isPresent();
          } catch (Exception e) {
            return false;
          }
        });
    assertThat(reloads).last().isInstanceOf(Reload.Reloaded.class);
    assertThat(reloads.get(reloads.size() - 1).changed())
        .containsExactly(dir.resolve("schemas.yaml").toAbsolutePath().normalize());
  }

  @Test
  void unrelatedFileInTheFolder_doesNotReload() throws Exception {
    start();
    Files.writeString(dir.resolve("notes.txt"), "x");
    save("api.yaml", spec("two"));
    await(answers("two"));
    assertThat(reloads)
        .allSatisfy(r -> assertThat(r.changed()).doesNotContain(dir.resolve("notes.txt")));
  }

  @Test
  void describe_success_namesFilesAndOperationCount() {
    Reload ok =
        new Reload.Reloaded(List.of(Path.of("/specs/a.yaml"), Path.of("/specs/b.yaml")), 12);
    assertThat(SpecWatcher.describe(ok))
        .isEqualTo("reloaded /specs/a.yaml, /specs/b.yaml (12 operations)");
  }
}
