package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paycontract.client.ApiError;
import dev.paycontract.client.kibo.model.CreateOrderAuthorizeRequest;
import dev.paycontract.client.kibo.model.CreateOrderAuthorizeResponse;
import dev.paycontract.client.ledyer.model.CreateOrderResponse;
import dev.paycontract.client.ledyer.model.LedyerError;
import dev.paycontract.client.sezzle.SezzleClients;
import dev.paycontract.client.sezzle.model.CreateOrderRequest;
import dev.paycontract.client.sezzle.model.CustomerOrder;
import dev.paycontract.client.sezzle.model.Order;
import dev.paycontract.client.sezzle.model.SezzleError;
import dev.paycontract.mock.MockServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Response;

/**
 * Way 1: every operation of every published spec, called through paycontract-client (wrapped in
 * {@link Payments}) against the embedded paycontract mock, with each request example of the spec.
 */
class PaymentsTest {

  private static final ObjectMapper SEZZLE =
      new dev.paycontract.client.sezzle.invoker.JSON().getMapper();
  private static final ObjectMapper LEDYER =
      new dev.paycontract.client.ledyer.invoker.JSON().getMapper();
  private static final ObjectMapper KIBO =
      new dev.paycontract.client.kibo.invoker.JSON().getMapper();

  private static MockServer mock;
  private static Payments payments;

  @BeforeAll
  static void startMock() {
    mock = PublishedSpecs.startMock();
    payments =
        new Payments(
            new ProviderAccount(mock.baseUrl(), "sezzle-session-token"),
            new ProviderAccount(mock.baseUrl(), "ledyer-access-token"),
            new ProviderAccount(mock.baseUrl(), "kibo-tenant-key"));
  }

  @AfterAll
  static void stopMock() {
    if (mock != null) {
      mock.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sezzleCreateOrderExamples")
  void sezzleCreateOrder_specExample_returnsTheSpecsOrder(String example, JsonNode body)
      throws Exception {
    UUID customer =
        UUID.fromString(
            PublishedSpecs.parameterExample("sezzle", "createOrderByCustomer", "customer_uuid"));
    String idempotencyKey =
        PublishedSpecs.parameterExample("sezzle", "createOrderByCustomer", "Sezzle-Request-Id");

    Outcome<CustomerOrder> outcome =
        payments.sezzleCreateOrder(
            customer, SEZZLE.treeToValue(body, CreateOrderRequest.class), idempotencyKey);

    JsonNode expected =
        PublishedSpecs.firstResponseExample("sezzle", "createOrderByCustomer", "200");
    CustomerOrder order = accepted(outcome, 200);
    assertThat(order.getUuid()).hasToString(expected.path("uuid").asText());
    assertThat(order.getReferenceId()).isEqualTo(expected.path("reference_id").asText());
    assertThat(order.getAuthorization().getApproved())
        .isEqualTo(expected.path("authorization").path("approved").asBoolean());
  }

  @Test
  void sezzleOrder_specExampleUuid_returnsTheSpecsOrder() {
    UUID uuid =
        UUID.fromString(PublishedSpecs.parameterExample("sezzle", "getOrderDetails", "order_uuid"));

    Outcome<Order> outcome = payments.sezzleOrder(uuid);

    JsonNode expected = PublishedSpecs.firstResponseExample("sezzle", "getOrderDetails", "200");
    Order order = accepted(outcome, 200);
    assertThat(order.getUuid()).hasToString(expected.path("uuid").asText());
    assertThat(order.getOrderAmount().getAmountInCents())
        .isEqualTo(expected.path("order_amount").path("amount_in_cents").asLong());
    assertThat(order.getCheckoutStatus()).hasToString(expected.path("checkout_status").asText());
  }

  @Test
  void sezzleCreateOrder_requestBreakingTheContract_isRejectedWithTheSpecs422AndTheViolation()
      throws Exception {
    UUID customer =
        UUID.fromString(
            PublishedSpecs.parameterExample("sezzle", "createOrderByCustomer", "customer_uuid"));
    JsonNode example =
        PublishedSpecs.requestExamples("sezzle", "createOrderByCustomer")
            .values()
            .iterator()
            .next();
    CreateOrderRequest withoutAmount =
        SEZZLE.treeToValue(example, CreateOrderRequest.class).orderAmount(null);

    // The client directly, not Payments: the mock names the violation in a header (as Prism does).
    Response<CustomerOrder> response =
        SezzleClients.create(mock.baseUrl(), "sezzle-session-token")
            .createOrderByCustomer(customer, withoutAmount, null)
            .execute();

    ApiError<List<SezzleError>> error = SezzleClients.errorOf(response);
    JsonNode expected =
        PublishedSpecs.firstResponseExample("sezzle", "createOrderByCustomer", "422");
    assertThat(error.status()).isEqualTo(422);
    assertThat(error.error())
        .hasValueSatisfying(
            list ->
                assertThat(list)
                    .extracting(SezzleError::getCode)
                    .containsExactly(expected.path(0).path("code").asText()));
    // Required properties are always written, so the client sends "order_amount": null.
    assertThat(response.headers().get("sl-violations")).contains("order_amount");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ledyerCreateOrderExamples")
  void ledyerCreateOrder_specExample_returnsTheSpecsOrderId(String example, JsonNode body)
      throws Exception {
    String token = PublishedSpecs.parameterExample("ledyer", "createOrder", "token");

    Outcome<CreateOrderResponse> outcome =
        payments.ledyerCreateOrder(
            token,
            LEDYER.treeToValue(body, dev.paycontract.client.ledyer.model.CreateOrderRequest.class));

    JsonNode expected = PublishedSpecs.firstResponseExample("ledyer", "createOrder", "200");
    assertThat(accepted(outcome, 200).getOrderId()).isEqualTo(expected.path("orderId").asText());
  }

  @Test
  void ledyerCreateOrder_requestBreakingTheContract_isRejectedWithTheSpecsErrorModel()
      throws Exception {
    String token = PublishedSpecs.parameterExample("ledyer", "createOrder", "token");
    JsonNode example =
        PublishedSpecs.requestExamples("ledyer", "createOrder").values().iterator().next();
    var withoutCurrency =
        LEDYER
            .treeToValue(example, dev.paycontract.client.ledyer.model.CreateOrderRequest.class)
            .currency(null);

    Outcome<CreateOrderResponse> outcome = payments.ledyerCreateOrder(token, withoutCurrency);

    JsonNode expected = PublishedSpecs.firstResponseExample("ledyer", "createOrder", "422");
    ApiError<?> error = rejected(outcome);
    assertThat(error.status()).isEqualTo(422);
    assertThat(error.error()).containsInstanceOf(LedyerError.class);
    assertThat(((LedyerError) error.error().orElseThrow()).getCode())
        .isEqualTo(expected.path("code").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kiboAuthorizeExamples")
  void kiboAuthorize_specExample_returnsTheSpecsAuthorization(String example, JsonNode body)
      throws Exception {
    Outcome<CreateOrderAuthorizeResponse> outcome =
        payments.kiboAuthorize(KIBO.treeToValue(body, CreateOrderAuthorizeRequest.class));

    JsonNode expected = PublishedSpecs.firstResponseExample("kibo", "createOrderAuthorize", "200");
    CreateOrderAuthorizeResponse authorization = accepted(outcome, 200);
    assertThat(authorization.getOrderID()).isEqualTo(expected.path("orderID").asLong());
    assertThat(authorization.getAuthToken()).isEqualTo(expected.path("authToken").asText());
  }

  static Stream<Arguments> sezzleCreateOrderExamples() {
    return arguments(PublishedSpecs.requestExamples("sezzle", "createOrderByCustomer"));
  }

  static Stream<Arguments> ledyerCreateOrderExamples() {
    return arguments(PublishedSpecs.requestExamples("ledyer", "createOrder"));
  }

  static Stream<Arguments> kiboAuthorizeExamples() {
    return arguments(PublishedSpecs.requestExamples("kibo", "createOrderAuthorize"));
  }

  private static Stream<Arguments> arguments(Map<String, JsonNode> examples) {
    return examples.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  private static <T> T accepted(Outcome<T> outcome, int status) {
    return switch (outcome) {
      case Outcome.Accepted<T>(int code, T body) -> {
        assertThat(code).isEqualTo(status);
        yield body;
      }
      case Outcome.Rejected<T>(var error) ->
          throw new AssertionError(
              "expected " + status + ", got " + error.status() + ": " + error.rawBody());
    };
  }

  private static ApiError<?> rejected(Outcome<?> outcome) {
    return switch (outcome) {
      case Outcome.Rejected<?>(var error) -> error;
      case Outcome.Accepted<?>(int code, var body) ->
          throw new AssertionError("expected a rejection, got " + code);
    };
  }
}
