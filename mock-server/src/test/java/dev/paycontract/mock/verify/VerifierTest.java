package dev.paycontract.mock.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.MockServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/** {@code verify}: the mock of a spec passes it; a drifted server fails it, by spec location. */
@Timeout(120)
class VerifierTest {

  private static final Path PAYMENTS = Path.of("src/test/resources/verify/payments.yaml");
  private static final String OPS = "/paths/";

  private static VerifyOptions options(Path spec, String baseUrl) {
    return VerifyOptions.of(List.of(spec), URI.create(baseUrl))
        .withRate(0)
        .withTimeout(Duration.ofSeconds(5));
  }

  @TestFactory
  Stream<DynamicTest> verify_mockOfEveryBundledSpec_findsNothing() throws IOException {
    List<Path> specs;
    try (Stream<Path> dirs = Files.list(Path.of("../specs"))) {
      specs =
          dirs.map(d -> d.resolve(d.getFileName() + ".yaml"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    }
    assertThat(specs).isNotEmpty();
    return Stream.concat(Stream.of(PAYMENTS), specs.stream())
        .map(
            spec ->
                DynamicTest.dynamicTest(
                    spec.toString(),
                    () -> {
                      try (MockServer mock =
                          MockServer.builder().port(0).spec(spec).journal(false).build().start()) {
                        VerifyReport report =
                            new Verifier(Map.of()).run(options(spec, mock.baseUrl()));

                        assertThat(report.cases()).as("requests sent").hasSizeGreaterThan(1);
                        assertThat(report.cases())
                            .as("negative cases")
                            .anyMatch(c -> c.name().contains(" breaks "));
                        assertThat(report.findings()).as(VerifyText.summary(report)).isEmpty();
                        assertThat(report.exitCode()).isZero();
                      }
                    }));
  }

  @Nested
  class DriftedServer {

    @Test
    void verify_driftedServer_namesEveryDriftWithItsSpecLocation() throws Exception {
      try (DriftedUpstream upstream = new DriftedUpstream()) {
        VerifyReport report = new Verifier(Map.of()).run(options(PAYMENTS, upstream.baseUrl()));

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.findings())
            .extracting(f -> f.pointer() + " at " + f.at() + " sent " + f.sent())
            .as(VerifyText.summary(report))
            .anySatisfy(
                l ->
                    assertThat(l)
                        .startsWith(
                            OPS
                                + "~1payments~1{id}/get/responses/200/content/application~1json/schema"
                                + " at body"))
            .anySatisfy(
                l ->
                    assertThat(l)
                        .isEqualTo(
                            OPS
                                + "~1payments/post/responses/201/content/application~1json/schema"
                                + " at body.status sent \"DONE\""))
            .anySatisfy(
                l -> assertThat(l).startsWith(OPS + "~1health/get/responses at status sent 202"));
        assertThat(report.findings())
            .filteredOn(f -> f.pointer().contains("~1payments~1{id}"))
            .anySatisfy(f -> assertThat(f.rule()).contains("required", "amount"));
        assertThat(report.findings())
            .allSatisfy(f -> assertThat(f.file()).endsWith("payments.yaml"));
        assertThat(report.findings()).as("the negative cases got a declared 422").hasSize(4);
      }
    }

    @Test
    void verify_credentialFromEnvironment_isSentButNeverPrinted() throws Exception {
      try (DriftedUpstream upstream = new DriftedUpstream()) {
        VerifyReport report =
            new Verifier(Map.of("PAYCONTRACT_CREDENTIAL_APIKEY", "sk_live_secret"))
                .run(options(PAYMENTS, upstream.baseUrl()));

        assertThat(upstream.apiKeys).isNotEmpty().allMatch("sk_live_secret"::equals);
        assertThat(VerifyText.summary(report) + JUnitXmlReport.xml(report))
            .doesNotContain("sk_live_secret");
      }
    }

    @Test
    void verify_onlyAndSkip_selectByOperationIdOrTag() throws Exception {
      try (DriftedUpstream upstream = new DriftedUpstream()) {
        VerifyReport onlyOps =
            new Verifier(Map.of())
                .run(options(PAYMENTS, upstream.baseUrl()).withFilter(Set.of("ops"), Set.of()));
        VerifyReport skipCreate =
            new Verifier(Map.of())
                .run(
                    options(PAYMENTS, upstream.baseUrl())
                        .withFilter(Set.of(), Set.of("createPayment")));

        assertThat(onlyOps.cases()).extracting(CaseResult::name).containsExactly("health");
        assertThat(skipCreate.cases())
            .extracting(CaseResult::name)
            .noneMatch(n -> n.startsWith("createPayment"));
      }
    }

    @Test
    void verify_junitXml_hasOneTestcasePerRequestAndAFailurePerFailingOne() throws Exception {
      try (DriftedUpstream upstream = new DriftedUpstream()) {
        VerifyReport report = new Verifier(Map.of()).run(options(PAYMENTS, upstream.baseUrl()));
        String xml = JUnitXmlReport.xml(report);

        assertThat(xml)
            .contains(
                "<testsuite name=\"verify "
                    + PAYMENTS
                    + "\" tests=\""
                    + report.cases().size()
                    + "\" failures=\"4\"");
        assertThat(xml.split("<testcase ", -1)).hasSize(report.cases().size() + 1);
        assertThat(xml.split("<failure ", -1)).hasSize(5);
        assertThat(
                javax.xml.parsers.DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(
                        new java.io.ByteArrayInputStream(
                            xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
            .isNotNull();
      }
    }
  }

  @Test
  void verify_unreachableServer_findsNoAnswerWithoutHanging() throws Exception {
    VerifyReport report =
        new Verifier(Map.of())
            .run(options(PAYMENTS, "http://127.0.0.1:9").withNegativeCases(false));

    assertThat(report.exitCode()).isEqualTo(1);
    assertThat(report.findings())
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.sent()).startsWith("no answer"));
  }

  @Test
  void verify_rate_pacesRequests() throws Exception {
    try (DriftedUpstream upstream = new DriftedUpstream()) {
      long start = System.nanoTime();
      VerifyReport report =
          new Verifier(Map.of())
              .run(options(PAYMENTS, upstream.baseUrl()).withNegativeCases(false).withRate(20));
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(report.cases()).hasSize(4);
      assertThat(millis)
          .as("4 requests at 20/s take at least 3 intervals")
          .isGreaterThanOrEqualTo(150);
    }
  }
}
