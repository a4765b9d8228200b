package dev.paycontract.client.sezzle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycontract.client.ApiError;
import dev.paycontract.client.sezzle.api.OrdersApi;
import dev.paycontract.client.sezzle.invoker.JSON;
import dev.paycontract.client.sezzle.model.CheckoutStatus;
import dev.paycontract.client.sezzle.model.CreateOrderRequest;
import dev.paycontract.client.sezzle.model.CustomerOrder;
import dev.paycontract.client.sezzle.model.Intent;
import dev.paycontract.client.sezzle.model.Order;
import dev.paycontract.client.sezzle.model.OrderAmount;
import dev.paycontract.client.sezzle.model.SezzleError;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class SezzleClientsTest {

  private static final UUID CUSTOMER = UUID.fromString("b7e3f2a1-4c5d-4e6f-8a9b-0c1d2e3f4a5b");
  private static final UUID ORDER = UUID.fromString("6c9db5d4-d09a-4224-860a-b5438ac32ca8");

  private MockWebServer server;
  private OrdersApi orders;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start(0);
    String url = server.url("/").toString();
    // Without the trailing slash, as a user would type it.
    orders = SezzleClients.create(url.substring(0, url.length() - 1), "session-token-1");
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void createOrderByCustomer_sendsTokenAsRawAuthorizationAndIdempotencyKey() throws Exception {
    server.enqueue(json(200, "{\"uuid\":\"" + ORDER + "\",\"intent\":\"AUTH\"}"));

    Response<CustomerOrder> response =
        orders.createOrderByCustomer(CUSTOMER, authOrder(), "idem-123").execute();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/v2/customer/" + CUSTOMER + "/order");
    assertThat(request.getHeader("Authorization")).isEqualTo("session-token-1");
    assertThat(request.getHeader("Sezzle-Request-Id")).isEqualTo("idem-123");
    assertThat(request.getBody().readUtf8())
        .isEqualTo(
            "{\"intent\":\"AUTH\",\"reference_id\":\"annual_sub_123\","
                + "\"order_amount\":{\"amount_in_cents\":5000,\"currency\":\"USD\"}}");
    assertThat(response.code()).isEqualTo(200);
    assertThat(response.body().getUuid()).isEqualTo(ORDER);
  }

  @Test
  void createOrderByCustomer_noIdempotencyKey_omitsTheHeader() throws Exception {
    server.enqueue(json(200, "{\"uuid\":\"" + ORDER + "\"}"));

    orders.createOrderByCustomer(CUSTOMER, authOrder(), null).execute();

    assertThat(server.takeRequest().getHeaders().names()).doesNotContain("Sezzle-Request-Id");
  }

  @Test
  void getOrderDetails_404_errorOfGivesStatusAndTypedErrorList() throws Exception {
    server.enqueue(
        json(
            404,
            "[{\"code\":\"not_found\",\"location\":\"order_uuid\","
                + "\"message\":\"No order was found for this UUID\","
                + "\"debug_uuid\":\"3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f\"}]"));

    Response<Order> response = orders.getOrderDetails(ORDER).execute();
    ApiError<List<SezzleError>> error = SezzleClients.errorOf(response);

    assertThat(response.body()).isNull();
    assertThat(error.status()).isEqualTo(404);
    assertThat(error.error())
        .get()
        .satisfies(
            list -> {
              assertThat(list)
                  .extracting(SezzleError::getCode, SezzleError::getLocation)
                  .containsExactly(org.assertj.core.groups.Tuple.tuple("not_found", "order_uuid"));
              assertThat(list.get(0).getDebugUuid())
                  .isEqualTo(UUID.fromString("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"));
            });
  }

  @Test
  void getOrderDetails_unknownFieldsAndValues_stillDeserialize() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"uuid\":\""
                + ORDER
                + "\",\"risk_score\":{\"band\":\"low\"},"
                + "\"checkout_status\":\"abandoned\","
                + "\"authorization\":{\"approved\":true,\"financing_option\":\"6-pay-monthly\","
                + "\"new_flag\":true}}"));

    Order order = orders.getOrderDetails(ORDER).execute().body();

    assertThat(order.getUuid()).isEqualTo(ORDER);
    assertThat(order.getCheckoutStatus()).isEqualTo(CheckoutStatus.UNKNOWN_DEFAULT_OPEN_API);
    // financing_option is an open string in the spec: a new plan arrives as is.
    assertThat(order.getAuthorization().getFinancingOption()).isEqualTo("6-pay-monthly");
  }

  @Test
  void unknownEnumFallback_serializesAsItsOwnMarker_notTheValueReceived() throws Exception {
    // Documented in the README: echoing a model that holds the fallback does not send the
    // provider's new value back.
    String json =
        new JSON()
            .getMapper()
            .writeValueAsString(
                new Order().uuid(ORDER).checkoutStatus(CheckoutStatus.UNKNOWN_DEFAULT_OPEN_API));

    assertThat(json).contains("\"checkout_status\":\"unknown_default_open_api\"");
  }

  @Test
  void create_blankToken_rejected() {
    assertThatThrownBy(() -> SezzleClients.create("http://localhost:1", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token is blank");
  }

  private static CreateOrderRequest authOrder() {
    return new CreateOrderRequest()
        .intent(Intent.AUTH)
        .referenceId("annual_sub_123")
        .orderAmount(new OrderAmount().amountInCents(5000L).currency("USD"));
  }

  static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }
}
