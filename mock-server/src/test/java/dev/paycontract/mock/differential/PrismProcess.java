package dev.paycontract.mock.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code prism mock|proxy -p <free port> -h 127.0.0.1 [flags] <spec> [upstream]} as a child
 * process, waits until it answers HTTP, and stops it together with any children it started.
 */
public final class PrismProcess implements RunningMock {

  private static final Duration STARTUP = Duration.ofSeconds(90);

  private final Process process;
  private final URI baseUri;
  private final Path log;

  private final Thread stopOnExit;

  private PrismProcess(Process process, URI baseUri, Path log) {
    this.process = process;
    this.baseUri = baseUri;
    this.log = log;
    // A test JVM that is killed or exits early must not leave Prism running.
    this.stopOnExit = new Thread(this::stopProcessTree, "stop-prism-" + process.pid());
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  /** Starts Prism and returns once it answers; fails with the tail of its log otherwise. */
  public static PrismProcess start(Path prismExecutable, Path spec, List<String> flags, Path log) {
    return launch(prismExecutable, "mock", flags, List.of(spec.toString()), log);
  }

  /** Starts {@code prism proxy [flags] <spec> <upstream>} (issue 14's differential). */
  public static PrismProcess startProxy(
      Path prismExecutable, Path spec, URI upstream, List<String> flags, Path log) {
    return launch(
        prismExecutable, "proxy", flags, List.of(spec.toString(), upstream.toString()), log);
  }

  private static PrismProcess launch(
      Path prismExecutable,
      String subcommand,
      List<String> flags,
      List<String> positional,
      Path log) {
    int port = freeLoopbackPort();
    List<String> command = new ArrayList<>();
    command.add(prismExecutable.toString());
    command.addAll(List.of(subcommand, "-p", Integer.toString(port), "-h", "127.0.0.1"));
    command.addAll(flags);
    command.addAll(positional);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // NODE_ENV=production would switch on -m, which crashes Prism 5.16.0 at start.
    builder.environment().remove("NODE_ENV");
    builder.environment().put("SCARF_ANALYTICS", "false");
    builder.environment().put("FORCE_COLOR", "0");
    Process process;
    try {
      Files.createDirectories(log.getParent());
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command + ": " + e.getMessage(), e);
    }
    PrismProcess prism = new PrismProcess(process, URI.create("http://127.0.0.1:" + port), log);
    prism.awaitAnswer(command);
    return prism;
  }

  private void awaitAnswer(List<String> command) {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    try (HttpClient probe =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build()) {
      HttpRequest request =
          HttpRequest.newBuilder(baseUri.resolve("/")).timeout(Duration.ofSeconds(2)).GET().build();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "Prism exited with code "
                  + process.exitValue()
                  + " before answering: "
                  + command
                  + "\n"
                  + logTail());
        }
        try {
          probe.send(request, HttpResponse.BodyHandlers.discarding());
          return; // any HTTP answer (Prism says 404 for "/") means it is listening
        } catch (IOException notYet) {
          Thread.sleep(200);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    close();
    throw new IllegalStateException(
        "Prism did not answer within " + STARTUP.toSeconds() + " s: " + command + "\n" + logTail());
  }

  static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }

  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }

  /** The Prism process (for its memory use in the robustness comparison). */
  public ProcessHandle handle() {
    return process.toHandle();
  }

  @Override
  public URI baseUri() {
    return baseUri;
  }

  @Override
  public String logHint() {
    return "Prism log: " + log;
  }

  /** Stops the process tree: children first, then Prism; forcibly after 10 s. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to: it stops the process
    }
    stopProcessTree();
  }

  private void stopProcessTree() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
