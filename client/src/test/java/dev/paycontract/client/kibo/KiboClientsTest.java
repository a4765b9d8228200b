package dev.paycontract.client.kibo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.client.ApiError;
import dev.paycontract.client.kibo.api.OrdersApi;
import dev.paycontract.client.kibo.invoker.JSON;
import dev.paycontract.client.kibo.model.CreateOrderAuthorizeRequest;
import dev.paycontract.client.kibo.model.CreateOrderAuthorizeResponse;
import dev.paycontract.client.kibo.model.Customer;
import dev.paycontract.client.kibo.model.KiboError;
import dev.paycontract.client.kibo.model.PaymentMethod;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class KiboClientsTest {

  private MockWebServer server;
  private OrdersApi orders;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start(0);
    orders = KiboClients.create(server.url("/").toString(), "tenant-key-1");
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void createOrderAuthorize_sendsTenantKeyHeader() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"orderID\":1048576,\"paymentMethodToken\":\"pmt_1\","
                + "\"authToken\":\"auth_1\"}"));

    Response<CreateOrderAuthorizeResponse> response =
        orders.createOrderAuthorize(minimalRequest()).execute();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/api/v2/createOrder/authorize");
    assertThat(request.getHeader("x-vol-tenant")).isEqualTo("tenant-key-1");
    assertThat(response.body().getOrderID()).isEqualTo(1048576L);
    assertThat(response.body().getAuthToken()).isEqualTo("auth_1");
  }

  @Test
  void createOrderAuthorize_explicitNulls_areSentAsNull() throws Exception {
    server.enqueue(json(200, "{\"orderID\":1,\"paymentMethodToken\":\"p\",\"authToken\":\"a\"}"));
    CreateOrderAuthorizeRequest request = minimalRequest();
    request.getCustomer().password(null);
    request.getPaymentMethod().cardToken(null);

    orders.createOrderAuthorize(request).execute();

    String body = server.takeRequest().getBody().readUtf8();
    assertThat(body)
        .contains("\"password\":null", "\"cardToken\":null")
        .doesNotContain("accountCreated", "payPalToken");
  }

  @Test
  void createOrderAuthorize_401_errorOfGivesStatusAndTypedError() throws Exception {
    server.enqueue(json(401, "{\"errorCode\":\"UNAUTHORIZED\",\"message\":\"no tenant\"}"));

    ApiError<KiboError> error =
        KiboClients.errorOf(orders.createOrderAuthorize(minimalRequest()).execute());

    assertThat(error.status()).isEqualTo(401);
    assertThat(error.error()).get().extracting(KiboError::getErrorCode).isEqualTo("UNAUTHORIZED");
  }

  @Test
  void nullableEnum_unknownValue_readAsNull() throws Exception {
    // The generator's fallback differs for a nullable enum: null, not UNKNOWN_DEFAULT_OPEN_API.
    Customer customer =
        new JSON()
            .getMapper()
            .readValue(
                "{\"firstName\":\"A\",\"lastName\":\"B\","
                    + "\"email\":\"a@b.c\",\"phone1\":\"1\",\"active\":\"SUSPENDED\"}",
                Customer.class);

    assertThat(customer.getActive()).isNull();
  }

  private static CreateOrderAuthorizeRequest minimalRequest() {
    return new CreateOrderAuthorizeRequest()
        .externalCartID("cart-7781")
        .manufacturerID(1)
        .catalogID(1)
        .currency("CAD")
        .amount(new java.math.BigDecimal("45.50"))
        .customer(
            new Customer()
                .firstName("Marie")
                .lastName("Tremblay")
                .email("marie.tremblay@example.com")
                .phone1("5145550199"))
        .paymentMethod(
            new PaymentMethod()
                .paymentType("CC")
                .cardIssuer("MC")
                .cardNumber("5555555555554444")
                .cardExpiration("08-2030")
                .cardSecurityCode("321"));
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }
}
