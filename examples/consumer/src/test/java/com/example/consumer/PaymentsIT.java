package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.client.sezzle.model.Order;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Runs under Failsafe against the mock that paycontract-maven-plugin started before the integration
 * tests (its URL comes in as {@code paycontract.mock.url}). Compiled for Java 17: no mock classes
 * here, only the client.
 */
class PaymentsIT {

  private static final String MOCK = System.getProperty("paycontract.mock.url");

  private final Payments payments =
      new Payments(
          new ProviderAccount(MOCK, "sezzle-session-token"),
          new ProviderAccount(MOCK, "ledyer-access-token"),
          new ProviderAccount(MOCK, "kibo-tenant-key"));

  @Test
  void sezzleOrder_mockStartedByThePlugin_returnsAnOrder() {
    assertThat(MOCK).as("paycontract.mock.url from the plugin").startsWith("http://127.0.0.1:");

    Outcome<Order> outcome = payments.sezzleOrder(UUID.randomUUID());

    assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
    Outcome.Accepted<Order> accepted = (Outcome.Accepted<Order>) outcome;
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.body().getUuid()).isNotNull();
  }
}
