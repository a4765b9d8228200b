package dev.paycontract.mock.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.robustness.RawCase.Delivery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line at its most verbose ({@code -v trace --library-log trace}: our lines, Jetty's,
 * Javalin's and every library's) and at its default level (where the request log's lines are
 * written by its batching writer, below the console's masking stream), fed the secret-bearing
 * requests and the whole robustness corpus: the console output holds no credential, card number,
 * CVV or password in clear.
 */
class SecretsInLogTest {

  private static final String BEARER = "s3cr3tBearerToken0xZ9";
  private static final String BASIC_PASSWORD = "wonderland-basic-pw";
  private static final String BASIC =
      Base64.getEncoder()
          .encodeToString(("alice:" + BASIC_PASSWORD).getBytes(StandardCharsets.UTF_8));
  private static final String API_KEY = "apiKeySecret-7731";
  private static final String COOKIE = "cookieSecret-5519";
  private static final String TENANT = "tenantSecret-2468";
  private static final String QUERY_PASSWORD = "hunter2-query-pw";
  private static final String FORM_PASSWORD = "hunter2-form-pw";
  private static final String MULTIPART_PASSWORD = "hunter2-multipart-pw";
  private static final String CARD = "4111111111111111";
  private static final String CVV = "8642";

  private Process process;
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private int port;

  private void start(String levels) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "dev.paycontract.mock.cli.Main",
                "mock",
                "-p",
                "0",
                "--no-watch"));
    if (!levels.isEmpty()) {
      command.addAll(List.of(levels.split(" ")));
    }
    command.add(RobustnessCorpus.SPEC);
    process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Process started = process;
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    Thread reader = new Thread(() -> copy(process.getInputStream()), "mock-output");
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    Pattern listening = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
    while (port == 0) {
      Matcher m = listening.matcher(output());
      if (m.find()) {
        port = Integer.parseInt(m.group(1));
      } else if (System.nanoTime() > deadline || !process.isAlive()) {
        throw new AssertionError("the mock did not start:\n" + output());
      } else {
        Thread.sleep(100);
      }
    }
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (process != null) {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @ParameterizedTest(name = "levels \"{0}\"")
  @ValueSource(strings = {"-v trace --library-log trace", ""})
  void log_secretBearingRequestsAndCorpus_noSecretInClear(String levels) throws Exception {
    start(levels);
    boolean trace = !levels.isEmpty();
    List<RawCase> replay = new ArrayList<>(secretBearing());
    // Stalled bodies wait for the idle timeout, and bodies over 64 KB only multiply Jetty's
    // per-buffer trace lines (their secrets are the same as those of the small ones).
    RobustnessCorpus.cases().stream()
        .filter(c -> c.delivery() != Delivery.STALL && c.bytes().length <= 64 * 1024)
        .forEach(replay::add);
    for (RawCase c : replay) {
      RawExchange.send("127.0.0.1", port, c, 10_000);
    }
    RawExchange.Answer last =
        RawExchange.send(
            "127.0.0.1",
            port,
            new RawCase("last", "secret", RawCase.get("/orders/last"), Delivery.WHOLE, 200, null),
            10_000);
    assertThat(last.status()).isEqualTo(200);
    Thread.sleep(500); // the last lines reach the pipe
    String log = output();
    // Kept for reading when this test fails (target/ is never committed).
    java.nio.file.Files.writeString(
        Path.of("target", trace ? "secrets-in-log.txt" : "secrets-in-log-default.txt"), log);

    assertThat(log).as("the request log ran").contains("GET /orders/last -> 200");
    if (trace) {
      assertThat(log).as("the libraries' debug output is on").contains("org.eclipse.jetty");
    } else {
      assertThat(log).as("only the request lines, no details").doesNotContain("[DEBUG]");
    }
    for (String secret :
        List.of(
            BEARER,
            BASIC,
            BASIC_PASSWORD,
            API_KEY,
            COOKIE,
            TENANT,
            QUERY_PASSWORD,
            FORM_PASSWORD,
            MULTIPART_PASSWORD,
            CARD,
            "4111 1111 1111 1111",
            "4111-1111-1111-1111")) {
      assertThat(log).as("log lines holding %s", secret).doesNotContain(secret);
    }
    assertThat(log)
        .as("a CVV next to its name")
        .doesNotContainPattern("(?i)cvv[^0-9\\n]{0,12}" + CVV);
    assertThat(log)
        .as("the test's card-number probe itself")
        .doesNotContainPattern("(?<!\\d)4111(?:[ -]?\\d){12}");
  }

  private static List<RawCase> secretBearing() {
    List<RawCase> c = new ArrayList<>();
    c.add(secure("Authorization: Bearer " + BEARER));
    c.add(secure("Authorization: bearer " + BEARER));
    c.add(secure("Authorization: Basic " + BASIC));
    c.add(secure("X-Api-Key: " + API_KEY));
    c.add(secure("x-vol-tenant: " + TENANT));
    c.add(secure("Cookie: theme=dark; session=" + COOKIE + "; lang=en"));
    c.add(
        new RawCase(
            "query-password",
            "secret",
            RawCase.get("/secure?password=" + QUERY_PASSWORD + "&card=" + CARD),
            Delivery.WHOLE,
            401,
            null));
    String order = "{\"amount\":1,\"card_number\":\"" + CARD + "\",\"cvv\":\"" + CVV + "\"}";
    c.add(new RawCase("json-card", "secret", RawCase.postJson(order), Delivery.WHOLE, 201, null));
    c.add(
        new RawCase(
            "json-card-spaced",
            "secret",
            RawCase.postJson(
                "{\"amount\":1,\"card_number\":\"4111 1111 1111 1111\",\"cvv\":\"" + CVV + "\"}"),
            Delivery.WHOLE,
            201,
            null));
    c.add(
        new RawCase(
            "json-card-number-value",
            "secret",
            RawCase.postJson("{\"amount\":1,\"pan\":" + CARD + ",\"cvv\":" + CVV + "}"),
            Delivery.WHOLE,
            201,
            null));
    c.add(
        new RawCase(
            "malformed-json-cvv",
            "secret",
            RawCase.postJson("{\"card_number\":\"" + CARD + "\",\"cvv\":\"" + CVV + "\""),
            Delivery.WHOLE,
            400,
            null));
    c.add(
        new RawCase(
            "malformed-json-cvv-spaced",
            "secret",
            RawCase.postJson(
                "{ \"cvv\" : \"" + CVV + "\", \"card_number\": \"4111-1111-1111-1111\" ,"),
            Delivery.WHOLE,
            400,
            null));
    c.add(
        new RawCase(
            "form-password",
            "secret",
            RawCase.post(
                "/login",
                "application/x-www-form-urlencoded",
                RawCase.ascii("username=alice&password=" + FORM_PASSWORD + "&card=" + CARD)),
            Delivery.WHOLE,
            204,
            null));
    c.add(
        new RawCase(
            "multipart-password",
            "secret",
            RawCase.post(
                "/orders",
                "multipart/form-data; boundary=b",
                RawCase.ascii(
                    "--b\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\n"
                        + MULTIPART_PASSWORD
                        + "\r\n--b\r\nContent-Disposition: form-data; name=\"card\"\r\n\r\n"
                        + CARD
                        + "\r\n--b--\r\n")),
            Delivery.WHOLE,
            415,
            null));
    c.add(
        new RawCase(
            "text-body-cvv",
            "secret",
            RawCase.post("/orders", "text/plain", RawCase.ascii("cvv=" + CVV + " card " + CARD)),
            Delivery.WHOLE,
            415,
            null));
    c.add(
        new RawCase(
            "xml-body-cvv",
            "secret",
            RawCase.post(
                "/orders",
                "application/xml",
                RawCase.ascii("<order><cvv>" + CVV + "</cvv><card>" + CARD + "</card></order>")),
            Delivery.WHOLE,
            415,
            null));
    return c;
  }

  private static RawCase secure(String header) {
    return new RawCase(
        header.substring(0, header.indexOf(':')),
        "secret",
        RawCase.ascii("GET /secure HTTP/1.1\r\nHost: localhost\r\n" + header + "\r\n\r\n"),
        Delivery.WHOLE,
        200,
        null);
  }

  private void copy(InputStream in) {
    byte[] buffer = new byte[8192];
    try {
      int n;
      while ((n = in.read(buffer)) > 0) {
        synchronized (output) {
          output.write(buffer, 0, n);
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  private String output() {
    synchronized (output) {
      return output.toString(StandardCharsets.UTF_8);
    }
  }
}
