package dev.paycontract.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import okhttp3.ResponseBody;
import retrofit2.Response;

/**
 * Reads the error body of a non-2xx Retrofit {@link Response} into the spec's error model.
 *
 * <p>Retrofit hands a non-2xx body over only as raw bytes ({@link Response#errorBody()}); this
 * class parses it with the provider's generated mapper (so unknown fields are ignored exactly as in
 * success bodies). Each provider's entry point ({@code SezzleClients.errorOf}, ...) calls it with
 * the right mapper and type; use it directly only for a model those do not cover.
 */
public final class ErrorBodies {

  private ErrorBodies() {}

  /**
   * Reads the error body of {@code response} as {@code type}.
   *
   * @throws IllegalArgumentException if the response is 2xx (it has no error body)
   * @throws UncheckedIOException if the body cannot be read from the connection
   */
  public static <E> ApiError<E> read(Response<?> response, ObjectMapper mapper, JavaType type) {
    Objects.requireNonNull(response, "response == null");
    Objects.requireNonNull(mapper, "mapper == null");
    Objects.requireNonNull(type, "type == null");
    if (response.isSuccessful()) {
      throw new IllegalArgumentException(
          "response is successful (HTTP " + response.code() + "): it has no error body to read");
    }
    String raw = text(response.errorBody());
    return new ApiError<>(response.code(), parse(raw, mapper, type), raw);
  }

  /** As {@link #read(Response, ObjectMapper, JavaType)}, for a plain (non-generic) error model. */
  public static <E> ApiError<E> read(Response<?> response, ObjectMapper mapper, Class<E> type) {
    Objects.requireNonNull(mapper, "mapper == null");
    return read(response, mapper, mapper.constructType(type));
  }

  private static String text(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (body) {
      return body.string();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the error body", e);
    }
  }

  private static <E> Optional<E> parse(String raw, ObjectMapper mapper, JavaType type) {
    if (raw.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(mapper.readValue(raw, type));
    } catch (JsonProcessingException notTheModel) {
      // Not JSON, or not this model (a gateway's HTML page): the caller still has status and text.
      return Optional.empty();
    }
  }
}
