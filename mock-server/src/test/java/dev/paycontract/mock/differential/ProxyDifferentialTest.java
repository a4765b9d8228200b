package dev.paycontract.mock.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.paycontract.mock.MockServer;
import dev.paycontract.mock.api.MockOptions;
import dev.paycontract.mock.proxy.Upstreams;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The proxy differential: every case of {@code proxy-probe/cases-proxy.jsonl} through Prism
 * 5.16.0's {@code prism proxy} and through ours, both in front of the same loopback upstream, for a
 * well-behaved and a drifted upstream, with and without {@code --errors}, plus an upstream that is
 * not listening. Compared like the mock's differential (status, media type, body, sl-violations,
 * CORS headers). At least 95 % must agree, and every disagreement must be an accepted deviation
 * listed in {@code docs/prism-compatibility.md} (P1, P2). The report goes to {@code
 * target/proxy-differential.txt}. {@code -Dprism.skip=true} leaves it out.
 */
@Timeout(600)
class ProxyDifferentialTest {

  private static final Path SPEC = Path.of("src/test/resources/verify/payments.yaml");
  private static final Path REPORT = Path.of("target", "proxy-differential.txt");
  private static final Path LOGS = Path.of("target", "proxy-differential");
  private static final double REQUIRED_AGREEMENT = 0.95;

  /** Accepted deviations: configuration/case -> row of docs/prism-compatibility.md. */
  private static final Map<String, String> DEVIATIONS =
      Map.of(
          "good/plain px-upstream-501", "P1",
          "drifted/plain px-upstream-501", "P1",
          "down/plain px-get-ok", "P2",
          "down/plain px-unmatched-path", "P2");

  private record Config(String name, boolean drifted, boolean down, boolean errors) {}

  private final ExchangeComparator comparator = new ExchangeComparator();

  @Test
  void ourProxyAnswersLikePrismsProxy() throws Exception {
    assumeFalse(
        Boolean.getBoolean("prism.skip"), "Prism differential check skipped: -Dprism.skip=true");
    PrismInstallation prism = PrismInstallation.locate();
    prism.check().ifPresent(problem -> fail(problem));
    List<ProbeCase> cases = loadCases();
    List<Config> configs =
        List.of(
            new Config("good/plain", false, false, false),
            new Config("good/errors", false, false, true),
            new Config("drifted/plain", true, false, false),
            new Config("drifted/errors", true, false, true),
            new Config("down/plain", false, true, false));
    StringBuilder report =
        new StringBuilder(
            "Proxy differential: Prism " + PrismInstallation.VERSION + " proxy vs ours\n");
    int total = 0;
    int agreed = 0;
    List<String> unexpected = new ArrayList<>();
    List<String> seenDeviations = new ArrayList<>();
    Files.createDirectories(LOGS);
    try (CaseReplayer replayer = new CaseReplayer()) {
      for (Config config : configs) {
        List<ProbeCase> run =
            config.down()
                ? cases.stream()
                    .filter(c -> c.id().equals("px-get-ok") || c.id().equals("px-unmatched-path"))
                    .toList()
                : cases;
        try (Upstreams.Http upstream = new Upstreams.Http(config.drifted())) {
          URI target = config.down() ? URI.create("http://127.0.0.1:9") : upstream.uri();
          List<String> flags = config.errors() ? List.of("--errors") : List.of();
          try (PrismProcess theirs =
                  PrismProcess.startProxy(
                      prism.executable(),
                      SPEC.toAbsolutePath(),
                      target,
                      flags,
                      LOGS.resolve(config.name().replace('/', '-') + ".log"));
              MockServer ours =
                  MockServer.builder()
                      .spec(SPEC)
                      .port(0)
                      .requestLog(null)
                      .options(MockOptions.defaults().withErrors(config.errors()))
                      .upstream(target, Duration.ofSeconds(4))
                      .build()
                      .start()) {
            for (ProbeCase probe : run) {
              total++;
              Exchange p = replayer.replay(probe, theirs.baseUri());
              Exchange o = replayer.replay(probe, URI.create(ours.baseUrl()));
              List<Difference> differences = comparator.compare(probe, false, p, o);
              String key = config.name() + " " + probe.id();
              if (differences.isEmpty()) {
                agreed++;
                report.append("AGREE    ").append(key).append('\n');
                continue;
              }
              String deviation = DEVIATIONS.get(key);
              report
                  .append(deviation == null ? "DIFFER   " : "DEVIATES ")
                  .append(key)
                  .append(deviation == null ? "" : " (" + deviation + ")")
                  .append('\n');
              differences.forEach(d -> report.append("    ").append(d).append('\n'));
              if (deviation == null) {
                unexpected.add(key + ": " + differences);
              } else {
                seenDeviations.add(key);
              }
            }
          }
        }
      }
    }
    double agreement = (double) agreed / total;
    report.append(
        String.format(
            java.util.Locale.ROOT,
            "%d of %d cases agree (%.1f %%)%n",
            agreed,
            total,
            100 * agreement));
    Files.writeString(REPORT, report.toString(), StandardCharsets.UTF_8);
    System.out.print(report);

    assertThat(unexpected).as("differences not accepted as deviations; see " + REPORT).isEmpty();
    assertThat(seenDeviations)
        .as("accepted deviations no longer observed (remove them)")
        .containsExactlyInAnyOrderElementsOf(DEVIATIONS.keySet());
    assertThat(agreement)
        .as("agreement with Prism's proxy")
        .isGreaterThanOrEqualTo(REQUIRED_AGREEMENT);
  }

  private static List<ProbeCase> loadCases() throws IOException {
    String file = "cases-proxy.jsonl";
    List<ProbeCase> cases = new ArrayList<>();
    try (InputStream in = ProxyDifferentialTest.class.getResourceAsStream("/proxy-probe/" + file)) {
      assertThat(in).as("proxy-probe/" + file + " on the test classpath").isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          cases.add(ProbeCase.parse(file, number, line));
        }
      }
    }
    return cases;
  }
}
