package dev.paycontract.client.ledyer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paycontract.client.ApiError;
import dev.paycontract.client.BaseUrl;
import dev.paycontract.client.ErrorBodies;
import dev.paycontract.client.ledyer.api.OrdersApi;
import dev.paycontract.client.ledyer.invoker.ApiClient;
import dev.paycontract.client.ledyer.invoker.JSON;
import dev.paycontract.client.ledyer.model.LedyerError;
import java.util.Objects;
import retrofit2.Response;

/**
 * Entry point for the Ledyer client: the generated {@link OrdersApi} with the bearer token already
 * sent, and the typed error of a failed call.
 *
 * <p>Why not {@code new ApiClient("bearerAuth", token)}: that generated constructor only fills
 * API-key schemes, so with a bearer scheme it silently sends no {@code Authorization} header.
 *
 * <pre>{@code
 * OrdersApi orders = LedyerClients.create("https://api.sandbox.ledyer.com", accessToken);
 * Response<CreateOrderResponse> created = orders.createOrder(authToken, request).execute();
 * if (!created.isSuccessful()) {
 *   ApiError<LedyerError> error = LedyerClients.errorOf(created);
 * }
 * }</pre>
 */
public final class LedyerClients {

  /** The spec's security scheme: {@code Authorization: Bearer <token>}. */
  static final String AUTH_SCHEME = "bearerAuth";

  private static final ObjectMapper MAPPER = new JSON().getMapper();

  private LedyerClients() {}

  /**
   * The orders API at {@code baseUrl} (for example {@code https://api.sandbox.ledyer.com}), sending
   * {@code Authorization: Bearer <accessToken>} with every call.
   */
  public static OrdersApi create(String baseUrl, String accessToken) {
    Objects.requireNonNull(accessToken, "accessToken == null");
    if (accessToken.isBlank()) {
      throw new IllegalArgumentException("accessToken is blank");
    }
    ApiClient client = new ApiClient(AUTH_SCHEME).setBearerToken(accessToken);
    client.getAdapterBuilder().baseUrl(BaseUrl.of(baseUrl));
    return client.createService(OrdersApi.class);
  }

  /** The status and the {@code LedyerError} body of a non-2xx answer. */
  public static ApiError<LedyerError> errorOf(Response<?> response) {
    return ErrorBodies.read(response, MAPPER, LedyerError.class);
  }
}
