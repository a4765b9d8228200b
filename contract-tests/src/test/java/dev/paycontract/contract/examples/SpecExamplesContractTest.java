package dev.paycontract.contract.examples;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paycontract.client.ApiError;
import dev.paycontract.client.examples.JsonEquivalence;
import dev.paycontract.contract.examples.ContractCase.Kind;
import dev.paycontract.contract.examples.Violations.Violation;
import dev.paycontract.mock.MockServer;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;

/**
 * Contract tests generated from the specs' own examples: every operation x status x media type x
 * named example of every spec in the {@code paycontract-specs} artifact is one dynamic test per
 * check, named {@code <provider> <operationId> <status|request|parameter> <media type>
 * example=<name>}. A new example or operation is tested without anyone writing a test.
 *
 * <ol>
 *   <li>each example satisfies its schema (Atlassian validator);
 *   <li>the mock serves each response example on {@code Prefer: code=..., example=...}, and the
 *       whole exchange follows the spec ({@link OpenApiValidationFilter});
 *   <li>the generated client reads each response example into its model and writes it back equal;
 *   <li>each request example sent by the generated client is accepted (2xx);
 *   <li>requests breaking one request-schema constraint each get a 422 naming it.
 * </ol>
 */
class SpecExamplesContractTest {

  private static final List<ContractCase> CASES = ContractCases.all();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Numbers by value ({@code 2.0} = {@code 2}); everything else exactly. */
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) ->
          a.isNumber() && b.isNumber()
              ? a.decimalValue().compareTo(b.decimalValue())
              : a.equals(b) ? 0 : 1;

  private static Path specDir;
  private static MockServer mock;

  @BeforeAll
  static void startMockWithEveryBundledSpec() throws IOException {
    specDir = Files.createTempDirectory("paycontract-specs");
    MockServer.Builder builder = MockServer.builder().port(0);
    SpecArtifact.extractTo(specDir).forEach(builder::spec);
    mock = builder.build().start();
  }

  @AfterAll
  static void stopMock() throws IOException {
    if (mock != null) {
      mock.close();
    }
    try (Stream<Path> files = Files.list(specDir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(specDir);
  }

  @Test
  void catalog_everyBundledSpecHasRequestAndResponseExamples() {
    for (BundledSpec spec : SpecArtifact.specs()) {
      assertThat(CASES)
          .filteredOn(c -> c.spec().equals(spec))
          .as(spec.resource())
          .anyMatch(c -> c.kind() == Kind.REQUEST_BODY)
          .anyMatch(ContractCase::isSuccess)
          .anyMatch(c -> c.kind() == Kind.RESPONSE_BODY && !c.isSuccess());
    }
  }

  // 1. ------------------------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> everyExample_matchesItsSchema() {
    return CASES.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.displayName(),
                    () -> {
                      var validator = SpecValidators.of(c.spec());
                      SpecOperation op = c.operation();
                      ValidationReport report =
                          switch (c.kind()) {
                            case RESPONSE_BODY ->
                                validator.validateResponse(
                                    op.path(),
                                    Request.Method.valueOf(op.method()),
                                    SimpleResponse.Builder.status(statusOf(c))
                                        .withContentType(c.mediaType())
                                        .withBody(c.example().toString())
                                        .build());
                            case REQUEST_BODY ->
                                validator.validateRequest(
                                    ExampleRequest.of(op)
                                        .withBody(c.mediaType(), c.example())
                                        .toValidatorRequest());
                            case PARAMETER ->
                                validator.validateRequest(
                                    ExampleRequest.of(op)
                                        .withParameter(
                                            c.mediaType(), ExampleRequest.text(c.example()))
                                        .toValidatorRequest());
                          };
                      if (report.hasErrors()) {
                        fail(
                            c.displayName()
                                + " ("
                                + c.spec().resource()
                                + ") does not match its schema:\n"
                                + SpecValidators.describe(report));
                      }
                    }));
  }

  // 2. ------------------------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> mock_servesEveryResponseExample_inAnExchangeThatFollowsTheSpec() {
    return responseCases()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.displayName(),
                    () -> {
                      ExampleRequest request = ExampleRequest.of(c.operation());
                      Response response =
                          request
                              .applyTo(
                                  given()
                                      .baseUri(mock.baseUrl())
                                      .filter(
                                          new OpenApiValidationFilter(
                                              SpecValidators.of(c.spec()), c.displayName()))
                                      .header("Prefer", prefer(c))
                                      .accept(c.mediaType()))
                              .request(c.operation().method(), request.concretePath());
                      assertThat(response.statusCode())
                          .as(c.displayName() + ": status served")
                          .isEqualTo(statusOf(c));
                      assertThat(response.contentType())
                          .as(c.displayName() + ": media type served")
                          .startsWith(c.mediaType());
                      JsonNode served = JSON.readTree(response.asString());
                      if (!c.example().equals(NUMBERS_BY_VALUE, served)) {
                        fail(
                            c.displayName()
                                + ": the mock served\n  "
                                + served
                                + "\ninstead of the example\n  "
                                + c.example());
                      }
                    }));
  }

  // 3. ------------------------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> client_readsEveryResponseExample_intoItsModel() {
    return responseCases()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.displayName(),
                    () -> {
                      ContractClient client =
                          ContractClient.of(c.operation(), mock.baseUrl(), prefer(c));
                      retrofit2.Response<?> response =
                          client.call(ExampleRequest.of(c.operation()));
                      assertThat(response.code())
                          .as(c.displayName() + ": status the client got")
                          .isEqualTo(statusOf(c));
                      Object model;
                      if (response.isSuccessful()) {
                        model = response.body();
                      } else {
                        ApiError<?> error = client.errorOf(response);
                        model =
                            error
                                .error()
                                .orElseThrow(
                                    () ->
                                        new AssertionError(
                                            c.displayName()
                                                + ": the client could not read the error body into"
                                                + " its model: "
                                                + error.rawBody()));
                      }
                      assertThat(model).as(c.displayName() + ": typed result").isNotNull();
                      JsonNode written = JSON.readTree(client.mapper().writeValueAsString(model));
                      List<String> differences =
                          JsonEquivalence.differences(
                              c.spec().providerSpec(), c.schema(), c.example(), written);
                      assertThat(differences)
                          .as(
                              c.displayName()
                                  + ": "
                                  + model.getClass().getSimpleName()
                                  + " written back with the client's mapper differs from the"
                                  + " example")
                          .isEmpty();
                    }));
  }

  // 4. ------------------------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> client_sendsEveryRequestExample_mockAcceptsIt() {
    return CASES.stream()
        .filter(c -> c.kind() == Kind.REQUEST_BODY)
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.displayName(),
                    () -> {
                      ContractClient client =
                          ContractClient.of(c.operation(), mock.baseUrl(), null);
                      retrofit2.Response<?> response =
                          client.call(
                              ExampleRequest.of(c.operation())
                                  .withBody(c.mediaType(), c.example()));
                      String body =
                          response.isSuccessful() ? "" : client.errorOf(response).rawBody();
                      assertThat(response.code())
                          .as(
                              c.displayName()
                                  + ": the mock answered "
                                  + response.code()
                                  + " "
                                  + body
                                  + ", sl-violations: "
                                  + response.headers().get("sl-violations"))
                          .isBetween(200, 299);
                      assertThat(
                              Violations.ofRequest(response.headers().get("sl-violations"), null))
                          .as(c.displayName() + ": request violations reported by the mock")
                          .isEmpty();
                    }));
  }

  // 5. ------------------------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicContainer> mock_rejectsEachRequestBreakingOneConstraint(TestReporter reporter) {
    return ContractCases.operations().stream()
        .map(
            op -> {
              List<NegativeCase> cases = NegativeCases.of(op);
              System.out.println("negative cases: " + op.name() + " = " + cases.size());
              reporter.publishEntry("negative cases: " + op.name(), String.valueOf(cases.size()));
              return DynamicContainer.dynamicContainer(
                  op.name() + " (" + cases.size() + " negative cases)",
                  cases.stream()
                      .map(n -> DynamicTest.dynamicTest(n.displayName(), () -> reject(n))));
            });
  }

  private static void reject(NegativeCase n) throws Exception {
    ExampleRequest request = n.request();
    Response response =
        request
            .applyTo(given().baseUri(mock.baseUrl()))
            .request(request.operation().method(), request.concretePath());
    String header = response.header("sl-violations");
    String body = response.asString();
    assertThat(response.statusCode())
        .as(n.displayName() + ": status; body " + body + ", sl-violations " + header)
        .isEqualTo(expectedRejection(request.operation()));
    List<Violation> violations =
        Violations.ofRequest(
            header, response.contentType().startsWith("application/problem+json") ? body : null);
    Violation expected = new Violation(n.location(), n.code());
    assertThat(violations)
        .as(n.displayName() + ": violations the mock reported")
        .contains(expected)
        .allSatisfy(
            v ->
                assertThat(v.location())
                    .as("only " + n.location() + " was broken")
                    .isEqualTo(n.location()));
  }

  /** Prism's choice for an invalid request: the spec's 422, else its 400, else its own 422. */
  private static int expectedRejection(SpecOperation op) {
    var responses = op.operation().getResponses();
    return responses.containsKey("422") || !responses.containsKey("400") ? 422 : 400;
  }

  private static Stream<ContractCase> responseCases() {
    return CASES.stream().filter(c -> c.kind() == Kind.RESPONSE_BODY);
  }

  private static String prefer(ContractCase c) {
    return "code=" + c.status() + ", example=" + c.exampleName();
  }

  private static int statusOf(ContractCase c) {
    return Optional.of(c.status())
        .filter(s -> s.matches("\\d{3}"))
        .map(Integer::parseInt)
        .orElseThrow(
            () ->
                new AssertionError(
                    c.displayName()
                        + ": status "
                        + c.status()
                        + " cannot be asked for with Prefer: code"));
  }
}
