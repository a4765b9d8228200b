package com.example.consumer;

import dev.paycontract.client.ApiError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Function;
import retrofit2.Call;
import retrofit2.Response;

/**
 * What a provider answered: the typed body of a 2xx, or the provider's error as data.
 *
 * @param <T> the success body
 */
public sealed interface Outcome<T> permits Outcome.Accepted, Outcome.Rejected {

  /** A 2xx answer and its body. */
  record Accepted<T>(int status, T body) implements Outcome<T> {}

  /** Any other answer; {@code error.error()} is the body read as the spec's error model. */
  record Rejected<T>(ApiError<?> error) implements Outcome<T> {
    public Rejected {
      Objects.requireNonNull(error, "error == null");
    }
  }

  /** Runs the call; an I/O failure (no answer at all) is thrown, not returned. */
  static <T> Outcome<T> of(Call<T> call, Function<Response<?>, ApiError<?>> errorOf) {
    Response<T> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw new UncheckedIOException(
          call.request().method() + " " + call.request().url() + " failed", e);
    }
    return response.isSuccessful()
        ? new Accepted<>(response.code(), response.body())
        : new Rejected<>(errorOf.apply(response));
  }
}
