package dev.paycontract.client;

import java.util.Objects;
import java.util.Optional;

/**
 * A non-2xx answer as data: the HTTP status, the error body parsed into the spec's error model
 * (empty when the body is empty or is not that model, e.g. an HTML page from a proxy), and the body
 * text as received.
 *
 * <pre>{@code
 * Response<Order> response = orders.getOrderDetails(uuid).execute();
 * if (!response.isSuccessful()) {
 *   ApiError<List<SezzleError>> error = SezzleClients.errorOf(response);
 *   error.error().ifPresent(list -> log.warn("{} {}", error.status(), list.get(0).getCode()));
 * }
 * }</pre>
 *
 * @param <E> the error model of the provider's spec
 * @param status the HTTP status code, for example 422
 * @param error the parsed error body, if it could be read as {@code E}
 * @param rawBody the error body as text ({@code ""} when there was none)
 */
public record ApiError<E>(int status, Optional<E> error, String rawBody) {

  public ApiError {
    Objects.requireNonNull(error, "error == null");
    Objects.requireNonNull(rawBody, "rawBody == null");
  }
}
