package dev.paycontract.mock.internal.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the request log hides, wherever it could appear. */
class LogMaskingTest {

  @ParameterizedTest(name = "path {0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // path | path params (name=value) | logged as
        "/v1/authorization-tokens/tok-abc/order | token=tok-abc |"
            + " /v1/authorization-tokens/***/order",
        "/v1/authorization-tokens/tok-abc/order |                |"
            + " /v1/authorization-tokens/***/order",
        "/orders/ord-1                          | orderId=ord-1  | /orders/ord-1",
        "/cards/4111111111111111/check          |                | /cards/****/check",
        "/cards/4111-1111-1111-1111             |                | /cards/****",
        "/cards/4111 1111 1111 1112             |                | /cards/****",
        "/cards/1234567890123                   |                | /cards/****",
        "/orders/123456789012                   |                | /orders/123456789012",
        "/order/6a9f0b8e-1111-4c3d-9a1b-000000000003 |           |"
            + " /order/6a9f0b8e-1111-4c3d-9a1b-000000000003",
        "/keys/abc%20def                        | apiKey=abc def | /keys/***",
      })
  void path_masksCredentialsAndCardNumbers(String path, String param, String logged) {
    Map<String, String> params =
        param == null ? Map.of() : Map.of(param.split("=")[0], param.split("=")[1]);
    assertThat(LogMasking.path(path, params)).isEqualTo(logged);
  }

  @ParameterizedTest(name = "header {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Authorization    | Bearer eyJhbGciOi      | Bearer ***",
        "authorization    | Basic dXNlcjpwYXNz     | Basic ***",
        "x-vol-tenant     | 12345                  | ***",
        "X-Api-Key        | k_live_1               | ***",
        "Cookie           | session=abc            | ***",
        "x-card           | 4111111111111111       | ****",
        "Idempotency-Key  | 5c1e8d0e               | 5c1e8d0e",
        "accept           | application/json       | application/json",
      })
  void header_masksCredentialHeadersAndCardNumbers(String name, String value, String logged) {
    assertThat(LogMasking.header(name, value)).isEqualTo(logged);
  }

  @ParameterizedTest(name = "query {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "token      | abc              | ?token=***",
        "password   | hunter2          | ?password=***",
        "pan        | 4111111111111111 | ?pan=***",
        "ref        | 5500005555555559 | ?ref=****",
        "__code     | 404              | ?__code=404",
      })
  void query_masksSensitiveNamesAndCardNumbers(String name, String value, String logged) {
    assertThat(LogMasking.query(Map.of(name, List.of(value)))).isEqualTo(logged);
  }

  @ParameterizedTest(name = "body {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"cardSecurityCode\":\"123\"}                     | application/json |"
            + " {\"cardSecurityCode\":\"***\"}",
        "{\"cvv\":123,\"cvc\":\"456\"}                      | application/json |"
            + " {\"cvv\":\"***\",\"cvc\":\"***\"}",
        "{\"password\":\"hunter2\",\"user\":\"ann\"}        | application/json |"
            + " {\"password\":\"***\",\"user\":\"ann\"}",
        "{\"card\":{\"number\":\"4111111111111111\"}}       | application/json |"
            + " {\"card\":{\"number\":\"****\"}}",
        "{\"pan\":4111111111111111}                         | application/json | {\"pan\":\"***\"}",
        "{\"n\":[4111111111111111,\"4111 1111 1111 1111\"]} | application/json |"
            + " {\"n\":[\"****\",\"****\"]}",
        "{\"accessToken\":\"eyJ\",\"amount\":100}           | application/problem+json |"
            + " {\"accessToken\":\"***\",\"amount\":100}",
        "card=4111111111111111&cvv=123&name=Ann             | application/x-www-form-urlencoded |"
            + " card=****&cvv=***&name=Ann",
        "pay 4111-1111-1111-1111 now                       | text/plain       | pay **** now",
      })
  void body_masksByKeyNameAndByDigitPattern(String body, String contentType, String logged) {
    assertThat(LogMasking.body(body.getBytes(StandardCharsets.UTF_8), contentType))
        .isEqualTo(logged);
  }
}
