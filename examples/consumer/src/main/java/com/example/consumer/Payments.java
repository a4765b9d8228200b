package com.example.consumer;

import dev.paycontract.client.kibo.KiboClients;
import dev.paycontract.client.kibo.model.CreateOrderAuthorizeRequest;
import dev.paycontract.client.kibo.model.CreateOrderAuthorizeResponse;
import dev.paycontract.client.ledyer.LedyerClients;
import dev.paycontract.client.ledyer.model.CreateOrderRequest;
import dev.paycontract.client.ledyer.model.CreateOrderResponse;
import dev.paycontract.client.sezzle.SezzleClients;
import dev.paycontract.client.sezzle.model.CustomerOrder;
import dev.paycontract.client.sezzle.model.Order;
import java.util.UUID;

/**
 * The shop's calls to its payment providers, made with the published paycontract client (way 1:
 * depend on {@code dev.paycontract:paycontract-client}). Compiled for Java 17.
 *
 * <pre>{@code
 * Payments payments = new Payments(
 *     new ProviderAccount("https://sandbox.gateway.sezzle.com", sezzleToken),
 *     new ProviderAccount("https://api.sandbox.ledyer.com", ledyerToken),
 *     new ProviderAccount("https://12345-translation.sandbox.mozu.com", kiboTenantKey));
 * Outcome<CustomerOrder> created = payments.sezzleCreateOrder(customerUuid, request, "idem-1");
 * }</pre>
 */
public final class Payments {

  private final dev.paycontract.client.sezzle.api.OrdersApi sezzle;
  private final dev.paycontract.client.ledyer.api.OrdersApi ledyer;
  private final dev.paycontract.client.kibo.api.OrdersApi kibo;

  public Payments(ProviderAccount sezzle, ProviderAccount ledyer, ProviderAccount kibo) {
    this.sezzle = SezzleClients.create(sezzle.baseUrl(), sezzle.credential());
    this.ledyer = LedyerClients.create(ledyer.baseUrl(), ledyer.credential());
    this.kibo = KiboClients.create(kibo.baseUrl(), kibo.credential());
  }

  /** Sezzle: creates (and authorizes or captures) an order for a tokenized customer. */
  public Outcome<CustomerOrder> sezzleCreateOrder(
      UUID customerUuid,
      dev.paycontract.client.sezzle.model.CreateOrderRequest request,
      String idempotencyKey) {
    return Outcome.of(
        sezzle.createOrderByCustomer(customerUuid, request, idempotencyKey),
        SezzleClients::errorOf);
  }

  /** Sezzle: reads an order back. */
  public Outcome<Order> sezzleOrder(UUID orderUuid) {
    return Outcome.of(sezzle.getOrderDetails(orderUuid), SezzleClients::errorOf);
  }

  /** Ledyer: turns the authorization token of a paid session into an order. */
  public Outcome<CreateOrderResponse> ledyerCreateOrder(
      String authorizationToken, CreateOrderRequest request) {
    return Outcome.of(ledyer.createOrder(authorizationToken, request), LedyerClients::errorOf);
  }

  /** Kibo: authorizes the payment before the order is created. */
  public Outcome<CreateOrderAuthorizeResponse> kiboAuthorize(CreateOrderAuthorizeRequest request) {
    return Outcome.of(kibo.createOrderAuthorize(request), KiboClients::errorOf);
  }
}
