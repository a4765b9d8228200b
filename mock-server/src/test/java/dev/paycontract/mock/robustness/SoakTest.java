package dev.paycontract.mock.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.MockServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * A bounded soak: 200 kept-alive connections for 30 s ({@code -Dpaycontract.soak.seconds} and
 * {@code -Dpaycontract.soak.connections} change them), valid and invalid requests mixed; every
 * answer is the expected one (no 5xx, no dropped connection) and the heap after a full GC does not
 * grow after the warm-up.
 */
class SoakTest {

  private static final int SECONDS = Integer.getInteger("paycontract.soak.seconds", 30);
  private static final int CONNECTIONS = Integer.getInteger("paycontract.soak.connections", 200);
  private static final long MAX_HEAP_GROWTH = 48L * 1024 * 1024;

  /** Request bytes and the status each must get; none closes the connection. */
  private static final List<Map.Entry<byte[], Integer>> MIX =
      List.of(
          Map.entry(RawCase.get("/orders/1"), 200),
          Map.entry(RawCase.postJson("{\"amount\":100,\"currency\":\"EUR\"}"), 201),
          Map.entry(RawCase.postJson("{\"amount\":0}"), 422),
          Map.entry(RawCase.postJson("{\"amount\":"), 400),
          Map.entry(RawCase.get("/nowhere"), 404),
          Map.entry(RawCase.ascii("DELETE /orders/1 HTTP/1.1\r\nHost: localhost\r\n\r\n"), 405),
          Map.entry(RawCase.post("/orders", "text/plain", RawCase.ascii("amount=1")), 415),
          Map.entry(RawCase.ascii("GET /secure HTTP/1.1\r\nHost: localhost\r\n\r\n"), 401));

  @Test
  void soak_200ConnectionsMixedRequests_noErrorsAndFlatHeap() throws Exception {
    LongAdder answered = new LongAdder();
    ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    try (MockServer mock =
            MockServer.builder()
                .spec(RobustnessCorpus.SPEC)
                .port(0)
                .requestLog(null)
                .listener(
                    e -> statuses.computeIfAbsent(e.status(), k -> new LongAdder()).increment())
                .build()
                .start();
        ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
      for (int i = 0; i < CONNECTIONS; i++) {
        int offset = i;
        clients.submit(() -> connection(mock.port(), offset, end, answered, errors));
      }
      Thread.sleep(Duration.ofSeconds(Math.max(1, SECONDS / 6)));
      long warm = heapAfterGc(memory);
      clients.shutdown();
      assertThat(clients.awaitTermination(SECONDS + 60L, TimeUnit.SECONDS))
          .as("clients finished")
          .isTrue();
      long after = heapAfterGc(memory);

      System.out.printf(
          "soak: %d connections, %d s, %d answers, statuses %s, heap after warm-up %d MB, at end %d"
              + " MB%n",
          CONNECTIONS, SECONDS, answered.sum(), statuses, warm >> 20, after >> 20);
      assertThat(errors).as("errors (first ones)").isEmpty();
      assertThat(answered.sum()).isGreaterThan(CONNECTIONS);
      assertThat(statuses.keySet()).allMatch(s -> s < 500, "no 5xx");
      assertThat(after - warm).as("heap growth after warm-up, bytes").isLessThan(MAX_HEAP_GROWTH);
    }
  }

  private static void connection(
      int port, int offset, long end, LongAdder answered, ConcurrentLinkedQueue<String> errors) {
    int n = offset;
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
      while (System.nanoTime() < end) {
        Map.Entry<byte[], Integer> r = MIX.get(n++ % MIX.size());
        out.write(r.getKey());
        out.flush();
        RawExchange.Answer a = RawExchange.read(in, System.nanoTime());
        if (a.status() != r.getValue()) {
          record(
              errors,
              "expected "
                  + r.getValue()
                  + " for "
                  + new String(r.getKey(), StandardCharsets.ISO_8859_1)
                      .lines()
                      .findFirst()
                      .orElse("")
                  + ", got "
                  + a.status()
                  + " "
                  + a.body());
          return;
        }
        answered.increment();
      }
    } catch (Exception e) {
      record(errors, e.toString());
    }
  }

  private static void record(ConcurrentLinkedQueue<String> errors, String error) {
    if (errors.size() < 10) {
      errors.add(error);
    }
  }

  private static long heapAfterGc(MemoryMXBean memory) throws InterruptedException {
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
      least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
    }
    return least;
  }
}
