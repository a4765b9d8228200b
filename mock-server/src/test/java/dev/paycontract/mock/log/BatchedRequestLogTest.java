package dev.paycontract.mock.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.api.Exchange;
import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The command line's request log: lines written in batches by a background thread, all of them, in
 * order.
 */
class BatchedRequestLogTest {

  private static Exchange exchange(int i, int status, RuntimeException failure) {
    return new Exchange(
        Instant.now(),
        new MockRequest("GET", "/orders/" + i, Map.of(), Map.of(), null),
        new MockResponse(
            status,
            Map.of("Content-type", List.of("application/json")),
            "{}".getBytes(StandardCharsets.UTF_8)),
        "/orders/{id}",
        Map.of("id", String.valueOf(i)),
        "first",
        false,
        List.of(),
        Duration.ofMillis(1),
        failure);
  }

  @Test
  void exchanged_manyFromManyThreads_everyLineWrittenOnceInItsThreadsOrder() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RequestLog log =
        RequestLog.batched(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
    int threads = 4;
    int each = 5_000;
    Thread[] running = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int offset = t * each;
      running[t] =
          Thread.ofVirtual()
              .start(
                  () -> {
                    for (int i = 0; i < each; i++) {
                      log.exchanged(exchange(offset + i, 200, null));
                    }
                  });
    }
    for (Thread t : running) {
      t.join();
    }
    log.close();

    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(threads * each);
    assertThat(lines)
        .allMatch(
            l ->
                l.matches(
                    "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[INFO] GET /orders/\\d+ -> 200"
                        + " application/json example=first"));
    for (int t = 0; t < threads; t++) {
      int from = t * each;
      List<Integer> ids =
          lines.stream()
              .map(l -> Integer.parseInt(l.replaceAll(".*/orders/(\\d+) .*", "$1")))
              .filter(id -> id >= from && id < from + each)
              .toList();
      assertThat(ids).isSorted().hasSize(each);
    }
  }

  @Test
  void exchanged_serverErrorAndFailure_warnAndErrorWithStackTrace() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RequestLog log =
        RequestLog.batched(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

    log.exchanged(exchange(1, 502, null));
    log.exchanged(exchange(2, 500, new IllegalStateException("boom")));
    log.close();

    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0))
        .matches(".{12} \\[WARN] GET /orders/1 -> 502 application/json example=first");
    assertThat(lines.get(1))
        .matches(
            ".{12} \\[ERROR] GET /orders/2 -> 500 application/json example=first failed; answered"
                + " 500 UNKNOWN");
    assertThat(lines.get(2)).isEqualTo("java.lang.IllegalStateException: boom");
    assertThat(lines.get(3)).startsWith("\tat ");
  }

  @Test
  void exchanged_json_oneObjectPerLine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RequestLog log = RequestLog.batched(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

    log.exchanged(exchange(1, 200, null));
    log.exchanged(exchange(2, 200, null));
    log.close();

    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(Json.MAPPER.readTree(lines.get(1)).get("path").asText()).isEqualTo("/orders/2");
  }

  @Test
  void exchanged_afterClose_isWrittenDirectly() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RequestLog log =
        RequestLog.batched(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
    log.close();

    log.exchanged(exchange(3, 200, null));

    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("GET /orders/3 -> 200");
  }
}
