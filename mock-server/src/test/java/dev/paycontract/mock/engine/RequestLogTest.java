package dev.paycontract.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestLogTest {

  @Test
  void masked_credentialLikePathParam_isReplaced() {
    assertThat(RequestLog.masked("/v1/authorization-tokens/secret-abc/order", Map.of("token", "secret-abc")))
        .isEqualTo("/v1/authorization-tokens/***/order");
  }

  @Test
  void masked_ordinaryPathParam_isKept() {
    assertThat(RequestLog.masked("/orders/ord-1", Map.of("orderId", "ord-1"))).isEqualTo("/orders/ord-1");
  }

  @Test
  void masked_cardNumberInPath_isReplaced() {
    assertThat(RequestLog.masked("/cards/4111111111111111/check", null)).isEqualTo("/cards/****/check");
  }
}
