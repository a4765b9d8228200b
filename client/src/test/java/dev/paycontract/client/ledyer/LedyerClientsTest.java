package dev.paycontract.client.ledyer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.client.ApiError;
import dev.paycontract.client.ledyer.api.OrdersApi;
import dev.paycontract.client.ledyer.invoker.ApiClient;
import dev.paycontract.client.ledyer.model.CreateOrderRequest;
import dev.paycontract.client.ledyer.model.CreateOrderResponse;
import dev.paycontract.client.ledyer.model.FieldError;
import dev.paycontract.client.ledyer.model.LedyerError;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class LedyerClientsTest {

  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start(0);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void createOrder_sendsBearerToken() throws Exception {
    server.enqueue(json(200, "{\"orderId\":\"or_1\"}"));
    OrdersApi orders = LedyerClients.create(server.url("/").toString(), "v4.public.abc");

    Response<CreateOrderResponse> response = orders.createOrder("tok-1", minimalOrder()).execute();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/v1/authorization-tokens/tok-1/order");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer v4.public.abc");
    assertThat(response.body().getOrderId()).isEqualTo("or_1");
  }

  @Test
  void generatedKeyConstructor_withBearerScheme_sendsNoAuthorization() throws Exception {
    // Why LedyerClients exists: the generated (authName, key) constructor fills API keys only.
    server.enqueue(json(200, "{\"orderId\":\"or_1\"}"));
    ApiClient client = new ApiClient(LedyerClients.AUTH_SCHEME, "v4.public.abc");
    client.getAdapterBuilder().baseUrl(server.url("/"));

    client.createService(OrdersApi.class).createOrder("tok-1", minimalOrder()).execute();

    assertThat(server.takeRequest().getHeader("Authorization")).isNull();
  }

  @Test
  void createOrder_422_errorOfGivesStatusAndTypedError() throws Exception {
    server.enqueue(
        json(
            422,
            "{\"code\":\"invalid_request\",\"message\":\"bad\","
                + "\"traceId\":\"t-1\",\"details\":[{\"field\":\"autoCapture.delayMinutes\","
                + "\"message\":\"Must be between 0 and 10080\"}],\"severity\":\"new-field\"}"));
    OrdersApi orders = LedyerClients.create(server.url("/").toString(), "v4.public.abc");

    ApiError<LedyerError> error =
        LedyerClients.errorOf(orders.createOrder("tok-1", minimalOrder()).execute());

    assertThat(error.status()).isEqualTo(422);
    assertThat(error.error())
        .get()
        .satisfies(
            body -> {
              assertThat(body.getCode()).isEqualTo("invalid_request");
              assertThat(body.getTraceId()).isEqualTo("t-1");
              assertThat(body.getDetails())
                  .extracting(FieldError::getField)
                  .containsExactly("autoCapture.delayMinutes");
            });
  }

  @Test
  void createOrder_storeIdExplicitNull_isSentAsNull_absentIsLeftOut() throws Exception {
    server.enqueue(json(200, "{\"orderId\":\"or_1\"}"));
    server.enqueue(json(200, "{\"orderId\":\"or_2\"}"));
    OrdersApi orders = LedyerClients.create(server.url("/").toString(), "v4.public.abc");

    orders.createOrder("tok-1", minimalOrder().storeId(null)).execute();
    orders.createOrder("tok-2", minimalOrder()).execute();

    assertThat(server.takeRequest().getBody().readUtf8()).contains("\"storeId\":null");
    assertThat(server.takeRequest().getBody().readUtf8()).doesNotContain("storeId");
  }

  private static CreateOrderRequest minimalOrder() {
    return new CreateOrderRequest()
        .country("FI")
        .currency("EUR")
        .locale("fi-FI")
        .totalOrderAmount(12400L)
        .totalOrderAmountExclVat(10000L)
        .totalOrderVatAmount(2400L);
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }
}
