package dev.paycontract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paycontract.client.ledyer.invoker.JSON;
import dev.paycontract.client.ledyer.model.LedyerError;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class ErrorBodiesTest {

  private static final ObjectMapper MAPPER = new JSON().getMapper();

  @Test
  void read_errorModelBody_parsed() {
    ApiError<LedyerError> error =
        ErrorBodies.read(
            error(400, "{\"code\":\"bad_request\",\"message\":\"no\"}"), MAPPER, LedyerError.class);

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.error()).get().extracting(LedyerError::getCode).isEqualTo("bad_request");
    assertThat(error.rawBody()).isEqualTo("{\"code\":\"bad_request\",\"message\":\"no\"}");
  }

  @Test
  void read_htmlBody_keepsStatusAndText_noModel() {
    ApiError<LedyerError> error =
        ErrorBodies.read(error(502, "<html>Bad Gateway</html>"), MAPPER, LedyerError.class);

    assertThat(error.status()).isEqualTo(502);
    assertThat(error.error()).isEmpty();
    assertThat(error.rawBody()).isEqualTo("<html>Bad Gateway</html>");
  }

  @Test
  void read_emptyBody_noModel() {
    ApiError<LedyerError> error = ErrorBodies.read(error(503, ""), MAPPER, LedyerError.class);

    assertThat(error.error()).isEmpty();
    assertThat(error.rawBody()).isEmpty();
  }

  @Test
  void read_successfulResponse_rejected() {
    assertThatThrownBy(() -> ErrorBodies.read(Response.success("ok"), MAPPER, LedyerError.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("response is successful (HTTP 200): it has no error body to read");
  }

  private static Response<Object> error(int status, String body) {
    return Response.error(status, ResponseBody.create(body, MediaType.get("application/json")));
  }
}
