package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.consumer.sezzle.api.OrdersApi;
import com.example.consumer.sezzle.invoker.ApiClient;
import com.example.consumer.sezzle.invoker.ApiException;
import com.example.consumer.sezzle.invoker.JSON;
import com.example.consumer.sezzle.model.CreateOrderRequest;
import com.example.consumer.sezzle.model.CustomerOrder;
import com.example.consumer.sezzle.model.Order;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paycontract.mock.MockServer;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Way 2: the client this project generated from the published Sezzle spec, against the embedded
 * paycontract mock serving that same spec.
 */
class OwnSezzleClientTest {

  private static final ObjectMapper MAPPER = new JSON().getMapper();

  private static MockServer mock;

  @BeforeAll
  static void startMock() {
    mock = PublishedSpecs.startMock();
  }

  @AfterAll
  static void stopMock() {
    if (mock != null) {
      mock.close();
    }
  }

  @Test
  void createOrderByCustomer_specExample_returnsTheSpecsOrder() throws Exception {
    OrdersApi orders = OwnSezzleClient.create(mock.baseUrl(), "sezzle-session-token");
    UUID customer =
        UUID.fromString(
            PublishedSpecs.parameterExample("sezzle", "createOrderByCustomer", "customer_uuid"));
    JsonNode example =
        PublishedSpecs.requestExamples("sezzle", "createOrderByCustomer")
            .values()
            .iterator()
            .next();

    CustomerOrder order =
        orders.createOrderByCustomer(
            customer, MAPPER.treeToValue(example, CreateOrderRequest.class), null);

    JsonNode expected =
        PublishedSpecs.firstResponseExample("sezzle", "createOrderByCustomer", "200");
    assertThat(order.getUuid()).hasToString(expected.path("uuid").asText());
    assertThat(order.getOrderAmount().getAmountInCents())
        .isEqualTo(expected.path("order_amount").path("amount_in_cents").asLong());
  }

  @Test
  void getOrderDetails_specExampleUuid_returnsTheSpecsOrder() throws Exception {
    OrdersApi orders = OwnSezzleClient.create(mock.baseUrl(), "sezzle-session-token");
    UUID uuid =
        UUID.fromString(PublishedSpecs.parameterExample("sezzle", "getOrderDetails", "order_uuid"));

    Order order = orders.getOrderDetails(uuid);

    JsonNode expected = PublishedSpecs.firstResponseExample("sezzle", "getOrderDetails", "200");
    assertThat(order.getUuid()).hasToString(expected.path("uuid").asText());
    assertThat(order.getReferenceId()).isEqualTo(expected.path("reference_id").asText());
  }

  @Test
  void getOrderDetails_withoutToken_isRefusedByTheMock() {
    ApiClient noAuth = new ApiClient();
    noAuth.updateBaseUri(mock.baseUrl());
    OrdersApi orders = new OrdersApi(noAuth);
    UUID uuid =
        UUID.fromString(PublishedSpecs.parameterExample("sezzle", "getOrderDetails", "order_uuid"));

    ApiException refused =
        catchThrowableOfType(ApiException.class, () -> orders.getOrderDetails(uuid));

    assertThat(refused.getCode()).isEqualTo(401);
  }
}
