package dev.paycontract.client.sezzle;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paycontract.client.ApiError;
import dev.paycontract.client.BaseUrl;
import dev.paycontract.client.ErrorBodies;
import dev.paycontract.client.sezzle.api.OrdersApi;
import dev.paycontract.client.sezzle.invoker.ApiClient;
import dev.paycontract.client.sezzle.invoker.JSON;
import dev.paycontract.client.sezzle.model.SezzleError;
import java.util.List;
import java.util.Objects;
import retrofit2.Response;

/**
 * Entry point for the Sezzle Gateway v2 client: the generated {@link OrdersApi} with the session
 * token already sent, and the typed error list of a failed call.
 *
 * <pre>{@code
 * OrdersApi orders = SezzleClients.create("https://sandbox.gateway.sezzle.com", token);
 * Response<CustomerOrder> created =
 *     orders.createOrderByCustomer(customerUuid, request, "my-idempotency-key").execute();
 * if (!created.isSuccessful()) {
 *   ApiError<List<SezzleError>> error = SezzleClients.errorOf(created);
 * }
 * }</pre>
 */
public final class SezzleClients {

  /** The spec's security scheme: the token as the raw value of the Authorization header. */
  static final String AUTH_SCHEME = "sezzleToken";

  private static final ObjectMapper MAPPER = new JSON().getMapper();
  private static final JavaType ERROR_LIST =
      MAPPER.getTypeFactory().constructCollectionType(List.class, SezzleError.class);

  private SezzleClients() {}

  /**
   * The orders API at {@code baseUrl} (for example {@code https://sandbox.gateway.sezzle.com}),
   * sending {@code token} in the {@code Authorization} header of every call.
   */
  public static OrdersApi create(String baseUrl, String token) {
    ApiClient client = new ApiClient(AUTH_SCHEME, requireToken(token));
    client.getAdapterBuilder().baseUrl(BaseUrl.of(baseUrl));
    return client.createService(OrdersApi.class);
  }

  /** The status and the {@code ErrorList} body of a non-2xx answer. */
  public static ApiError<List<SezzleError>> errorOf(Response<?> response) {
    return ErrorBodies.read(response, MAPPER, ERROR_LIST);
  }

  private static String requireToken(String token) {
    Objects.requireNonNull(token, "token == null");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token is blank");
    }
    return token;
  }
}
