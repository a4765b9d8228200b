package dev.paycontract.client.kibo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paycontract.client.ApiError;
import dev.paycontract.client.BaseUrl;
import dev.paycontract.client.ErrorBodies;
import dev.paycontract.client.kibo.api.OrdersApi;
import dev.paycontract.client.kibo.invoker.ApiClient;
import dev.paycontract.client.kibo.invoker.JSON;
import dev.paycontract.client.kibo.model.KiboError;
import java.util.Objects;
import retrofit2.Response;

/**
 * Entry point for the Kibo (translated API) client: the generated {@link OrdersApi} with the tenant
 * key already sent, and the typed error of a failed call.
 *
 * <pre>{@code
 * OrdersApi orders = KiboClients.create("https://12345-translation.sandbox.mozu.com", tenantKey);
 * Response<CreateOrderAuthorizeResponse> authorized = orders.createOrderAuthorize(request).execute();
 * if (!authorized.isSuccessful()) {
 *   ApiError<KiboError> error = KiboClients.errorOf(authorized);
 * }
 * }</pre>
 */
public final class KiboClients {

  /** The spec's security scheme: the tenant key in the {@code x-vol-tenant} header. */
  static final String AUTH_SCHEME = "tenantKey";

  private static final ObjectMapper MAPPER = new JSON().getMapper();

  private KiboClients() {}

  /**
   * The orders API at {@code baseUrl} (the tenant's host, for example {@code
   * https://12345-translation.sandbox.mozu.com}), sending {@code tenantKey} in the {@code
   * x-vol-tenant} header of every call.
   */
  public static OrdersApi create(String baseUrl, String tenantKey) {
    Objects.requireNonNull(tenantKey, "tenantKey == null");
    if (tenantKey.isBlank()) {
      throw new IllegalArgumentException("tenantKey is blank");
    }
    ApiClient client = new ApiClient(AUTH_SCHEME, tenantKey);
    client.getAdapterBuilder().baseUrl(BaseUrl.of(baseUrl));
    return client.createService(OrdersApi.class);
  }

  /** The status and the {@code KiboError} body of a non-2xx answer. */
  public static ApiError<KiboError> errorOf(Response<?> response) {
    return ErrorBodies.read(response, MAPPER, KiboError.class);
  }
}
