package dev.paycontract.mock.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.MockServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The malformed-request corpus over raw sockets: every case gets its status and problem type (no
 * 5xx, no hang), the mock still answers afterwards, and nothing it or Jetty logs is a stack trace.
 * The server's idle timeout is 1 s here so the stalled-body cases take a second, not thirty.
 */
class RobustnessCorpusTest {

  static final Duration IDLE = Duration.ofSeconds(1);
  private static final int READ_TIMEOUT_MS = 10_000;

  private static MockServer mock;
  private static PrintStream originalErr;
  private static PrintStream originalOut;
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

  @BeforeAll
  static void start() {
    // slf4j-simple resolves System.err per line, so Jetty's and our lines land here too.
    originalErr = System.err;
    originalOut = System.out;
    PrintStream capture =
        new PrintStream(new TeeStream(LOG, originalErr), true, StandardCharsets.UTF_8);
    System.setErr(capture);
    System.setOut(capture);
    mock =
        MockServer.builder().spec(RobustnessCorpus.SPEC).port(0).idleTimeout(IDLE).build().start();
  }

  @AfterAll
  static void stop() {
    if (mock != null) {
      mock.close();
    }
    System.setErr(originalErr);
    System.setOut(originalOut);
  }

  @Test
  void corpus_hasAtLeast80DistinctCases() {
    List<RawCase> cases = RobustnessCorpus.cases();
    assertThat(cases.stream().map(RawCase::toString).distinct().count())
        .isEqualTo(cases.size())
        .isGreaterThanOrEqualTo(80);
  }

  @TestFactory
  Stream<DynamicTest> malformedRequest_answersProblemAndServerStillAnswers() {
    return RobustnessCorpus.cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.toString(),
                    () -> {
                      int logStart = logSize();
                      RawExchange.Answer answer =
                          RawExchange.send("127.0.0.1", mock.port(), c, READ_TIMEOUT_MS);

                      assertThat(answer.status())
                          .as("status of %s (body %s)", c, cut(answer.body()))
                          .isEqualTo(c.status());
                      if (c.type() != null) {
                        assertThat(answer.contentType())
                            .as("content type of %s", c)
                            .startsWith("application/problem+json");
                        assertThat(answer.problemType())
                            .as("problem type of %s", c)
                            .isEqualTo(c.type());
                      } else if (answer.status() >= 200) {
                        assertThat(answer.contentType())
                            .as("content type of %s", c)
                            .doesNotContain("html");
                      }
                      RawExchange.Answer after =
                          RawExchange.send(
                              "127.0.0.1",
                              mock.port(),
                              new RawCase(
                                  "after",
                                  "check",
                                  RawCase.get("/orders/1"),
                                  RawCase.Delivery.WHOLE,
                                  200,
                                  null),
                              READ_TIMEOUT_MS);
                      assertThat(after.status())
                          .as("the mock still answers after %s", c)
                          .isEqualTo(200);
                      Thread.sleep(
                          20); // lets a late log line of this case arrive before it is checked
                      String log = logSince(logStart);
                      assertThat(log)
                          .as("log of %s", c)
                          .doesNotContain("\tat ")
                          .doesNotContain("Exception");
                    }));
  }

  private static synchronized int logSize() {
    synchronized (LOG) {
      return LOG.size();
    }
  }

  private static String logSince(int start) {
    synchronized (LOG) {
      String all = LOG.toString(StandardCharsets.UTF_8);
      return start <= all.length() ? all.substring(Math.min(start, all.length())) : all;
    }
  }

  private static String cut(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "...";
  }

  /** Copies every byte to the capture and to the real stream (so failures show their log). */
  private static final class TeeStream extends java.io.OutputStream {
    private final ByteArrayOutputStream capture;
    private final PrintStream through;

    TeeStream(ByteArrayOutputStream capture, PrintStream through) {
      this.capture = capture;
      this.through = through;
    }

    @Override
    public void write(int b) {
      synchronized (capture) {
        capture.write(b);
      }
      through.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      synchronized (capture) {
        capture.write(b, off, len);
      }
      through.write(b, off, len);
    }
  }
}
