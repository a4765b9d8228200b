package dev.paycontract.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up to first answer: starts a server command N times and, for each start, measures from just
 * before the process is spawned to the first response with the expected status (polling every 5 ms
 * over a raw socket, so the probe itself adds almost nothing). Prints one TSV row per start: {@code
 * startup <workload> <peer> <run> ms <value>} (runs numbered from {@code --first-run}). Exits 1,
 * with the server's log tail, when a start fails or answers with another status.
 *
 * <pre>
 * java -cp bench-harness.jar dev.paycontract.bench.StartupProbe --runs 10 --port 4010 \
 *     --path /v2/order/x --header 'Authorization: t' --expect 200 --workload sezzle --peer mock \
 *     --log server.log -- java -jar mock-server.jar mock -p 4010 specs/sezzle/sezzle.yaml
 * </pre>
 */
public final class StartupProbe {
  private static final long POLL_MS = 5;
  private static volatile Process current;

  public static void main(String[] args) throws Exception {
    try {
      run(args);
    } catch (ProbeFailure e) {
      // Thrown, not System.exit: the finally below must stop the server first.
      System.err.println("error: " + e.getMessage());
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    // A probe stopped by a signal must not leave its server behind.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  Process p = current;
                  if (p != null) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                  }
                }));
    int runs = 5;
    int first = 1;
    int port = -1;
    int expect = 200;
    long timeoutMs = 60_000;
    String path = "/";
    String workload = "?";
    String peer = "?";
    Path log = Path.of("startup.log");
    List<String> headers = new ArrayList<>();
    List<String> command = List.of();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--first-run" -> first = Integer.parseInt(args[++i]);
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--path" -> path = args[++i];
        case "--header" -> headers.add(args[++i]);
        case "--expect" -> expect = Integer.parseInt(args[++i]);
        case "--timeout-s" -> timeoutMs = Long.parseLong(args[++i]) * 1000;
        case "--workload" -> workload = args[++i];
        case "--peer" -> peer = args[++i];
        case "--log" -> log = Path.of(args[++i]);
        case "--" -> {
          command = Arrays.asList(args).subList(i + 1, args.length);
          i = args.length;
        }
        default -> fail("unknown argument " + args[i]);
      }
    }
    if (port <= 0 || command.isEmpty()) {
      fail(
          "usage: StartupProbe --port P [--runs N] [--path /x] [--header 'K: V'] [--expect 200] --"
              + " COMMAND...");
    }
    InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
    String request = request(path, port, headers);
    for (int run = first; run < first + runs; run++) {
      if (status(address, request, 200) > 0) {
        fail(
            "port "
                + port
                + " already answers before the start of "
                + peer
                + "; stop whatever listens there");
      }
      ProcessBuilder pb =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      long start = System.nanoTime();
      Process process = pb.start();
      current = process;
      int last = -1;
      try {
        while (true) {
          last = status(address, request, timeoutMs);
          if (last == expect) {
            break;
          }
          if (!process.isAlive()) {
            fail(
                peer
                    + " exited with "
                    + process.exitValue()
                    + " before answering; log "
                    + log
                    + ":\n"
                    + tail(log));
          }
          if (last > 0) {
            fail(
                peer
                    + " answered "
                    + path
                    + " with "
                    + last
                    + ", expected "
                    + expect
                    + "; log "
                    + log
                    + ":\n"
                    + tail(log));
          }
          if (System.nanoTime() - start > timeoutMs * 1_000_000) {
            fail(
                peer
                    + " did not answer within "
                    + timeoutMs
                    + " ms; log "
                    + log
                    + ":\n"
                    + tail(log));
          }
          Thread.sleep(POLL_MS);
        }
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf("startup\t%s\t%s\t%d\tms\t%.1f%n", workload, peer, run, ms);
        System.out.flush();
      } finally {
        stop(process);
        current = null;
      }
    }
  }

  private static String request(String path, int port, List<String> headers) {
    StringBuilder sb =
        new StringBuilder("GET ")
            .append(path)
            .append(" HTTP/1.1\r\nHost: 127.0.0.1:")
            .append(port)
            .append("\r\n");
    for (String h : headers) {
      sb.append(h).append("\r\n");
    }
    return sb.append("Connection: close\r\n\r\n").toString();
  }

  /** The status code of one request, or -1 when nothing listens yet. */
  private static int status(InetSocketAddress address, String request, long readTimeoutMs) {
    try (Socket socket = new Socket()) {
      socket.connect(address, 1000);
      socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, readTimeoutMs));
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String line =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      if (line == null) {
        return -1;
      }
      String[] parts = line.split(" ");
      return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }

  private static void stop(Process process) throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(15, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
    }
  }

  private static String tail(Path log) {
    try {
      // Stack frames hide the message: keep the lines that say something.
      List<String> lines =
          Files.readAllLines(log).stream()
              .filter(l -> !l.matches("\\s+(at |\\.\\.\\. \\d+ more).*"))
              .toList();
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static void fail(String message) {
    throw new ProbeFailure(message);
  }

  private static final class ProbeFailure extends RuntimeException {
    ProbeFailure(String message) {
      super(message);
    }
  }
}
