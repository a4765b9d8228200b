package dev.paycontract.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The address check behind the "reachable from other machines" warning of mock and proxy. */
class ServingTest {

  @Test
  void isLoopback_loopbackNamesAndAddresses_true() {
    assertThat(Serving.isLoopback("127.0.0.1")).isTrue();
    assertThat(Serving.isLoopback("::1")).isTrue();
    assertThat(Serving.isLoopback("localhost")).isTrue();
  }

  @Test
  void isLoopback_anyAddress_false() {
    assertThat(Serving.isLoopback("0.0.0.0")).isFalse();
    assertThat(Serving.isLoopback("::")).isFalse();
  }
}
